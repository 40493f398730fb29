using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perspective.Data.Sqlite.Migrations.Legacy
{
    /// <inheritdoc />
    public partial class AuditHashChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEvents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditEvents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditCheckpoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditCheckpoints", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_OrganisationId",
                table: "AuditEvents",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_Sequence",
                table: "AuditEvents",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditCheckpoints_Sequence",
                table: "AuditCheckpoints",
                column: "Sequence");

            // The append-only triggers stay. UPDATE is refused except for the one step of the upgrade:
            // an event written before the chain existed (no sequence, no hash) gets its place in the
            // chain, every other field unchanged (AuditChainUpgrade, at start-up). New events must
            // arrive chained, so no later row can use that step.
            migrationBuilder.Sql("DROP TRIGGER AuditEvents_NoUpdate;");
            migrationBuilder.Sql("""
                CREATE TRIGGER AuditEvents_NoUpdate BEFORE UPDATE ON AuditEvents
                WHEN NOT (OLD.Sequence IS NULL AND OLD.Hash IS NULL AND NEW.Sequence IS NOT NULL AND NEW.Hash IS NOT NULL
                    AND NEW.Id IS OLD.Id AND NEW.OccurredUtc IS OLD.OccurredUtc AND NEW.Action IS OLD.Action
                    AND NEW.UserId IS OLD.UserId AND NEW.UserName IS OLD.UserName AND NEW.OrganisationId IS OLD.OrganisationId
                    AND NEW.ObjectType IS OLD.ObjectType AND NEW.ObjectId IS OLD.ObjectId AND NEW.IpAddress IS OLD.IpAddress
                    AND NEW.Details IS OLD.Details)
                BEGIN SELECT RAISE(ABORT, 'Audit events are append-only'); END;
                """);
            migrationBuilder.Sql("CREATE TRIGGER AuditEvents_OnlyChained BEFORE INSERT ON AuditEvents WHEN NEW.Sequence IS NULL OR NEW.Hash IS NULL BEGIN SELECT RAISE(ABORT, 'Audit events must be chained'); END;");
            migrationBuilder.Sql("CREATE TRIGGER AuditCheckpoints_NoUpdate BEFORE UPDATE ON AuditCheckpoints BEGIN SELECT RAISE(ABORT, 'Audit checkpoints are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER AuditCheckpoints_NoDelete BEFORE DELETE ON AuditCheckpoints BEGIN SELECT RAISE(ABORT, 'Audit checkpoints are append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER AuditEvents_OnlyChained;");
            migrationBuilder.Sql("DROP TRIGGER AuditEvents_NoUpdate;");

            migrationBuilder.DropTable(
                name: "AuditCheckpoints");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_OrganisationId",
                table: "AuditEvents");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_Sequence",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AuditEvents");

            // Dropping columns rebuilds the table without its triggers: put the original ones back.
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS AuditEvents_NoUpdate BEFORE UPDATE ON AuditEvents BEGIN SELECT RAISE(ABORT, 'Audit events are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS AuditEvents_NoDelete BEFORE DELETE ON AuditEvents BEGIN SELECT RAISE(ABORT, 'Audit events are append-only'); END;");
        }
    }
}
