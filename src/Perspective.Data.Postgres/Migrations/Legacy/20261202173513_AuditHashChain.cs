using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Perspective.Data.Postgres.Migrations.Legacy
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
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditEvents",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEvents",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditCheckpoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Signature = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
            // arrive chained, so no later row can use that step. Checkpoints are append-only too.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_events_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD."Sequence" IS NULL AND OLD."Hash" IS NULL AND NEW."Sequence" IS NOT NULL AND NEW."Hash" IS NOT NULL
                       AND (NEW."Id", NEW."OccurredUtc", NEW."Action", NEW."UserId", NEW."UserName", NEW."OrganisationId",
                            NEW."ObjectType", NEW."ObjectId", NEW."IpAddress", NEW."Details")
                           IS NOT DISTINCT FROM
                           (OLD."Id", OLD."OccurredUtc", OLD."Action", OLD."UserId", OLD."UserName", OLD."OrganisationId",
                            OLD."ObjectType", OLD."ObjectId", OLD."IpAddress", OLD."Details") THEN
                        RETURN NEW;
                    END IF;
                    RAISE EXCEPTION 'Audit events are append-only';
                END;
                $$;
                CREATE FUNCTION audit_events_require_chain() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW."Sequence" IS NULL OR NEW."Hash" IS NULL THEN
                        RAISE EXCEPTION 'Audit events must be chained';
                    END IF;
                    RETURN NEW;
                END;
                $$;
                DROP TRIGGER "AuditEvents_NoUpdateOrDelete" ON "AuditEvents";
                CREATE TRIGGER "AuditEvents_NoDelete" BEFORE DELETE ON "AuditEvents"
                    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
                CREATE TRIGGER "AuditEvents_NoUpdate" BEFORE UPDATE ON "AuditEvents"
                    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_update();
                CREATE TRIGGER "AuditEvents_OnlyChained" BEFORE INSERT ON "AuditEvents"
                    FOR EACH ROW EXECUTE FUNCTION audit_events_require_chain();
                CREATE TRIGGER "AuditCheckpoints_NoUpdateOrDelete" BEFORE UPDATE OR DELETE ON "AuditCheckpoints"
                    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
                CREATE TRIGGER "AuditCheckpoints_NoTruncate" BEFORE TRUNCATE ON "AuditCheckpoints"
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "AuditEvents_OnlyChained" ON "AuditEvents";
                DROP TRIGGER "AuditEvents_NoUpdate" ON "AuditEvents";
                DROP TRIGGER "AuditEvents_NoDelete" ON "AuditEvents";
                DROP FUNCTION audit_events_require_chain();
                DROP FUNCTION audit_events_refuse_update();
                CREATE TRIGGER "AuditEvents_NoUpdateOrDelete" BEFORE UPDATE OR DELETE ON "AuditEvents"
                    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
                """);

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
        }
    }
}
