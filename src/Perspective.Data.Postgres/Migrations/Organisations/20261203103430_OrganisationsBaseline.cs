using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Perspective.Data.Postgres.Migrations.Organisations
{
    /// <inheritdoc />
    public partial class OrganisationsBaseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OrganisationGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Urn = table.Column<int>(type: "integer", nullable: true),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    LaName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EstablishmentNumber = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    DfeNumber = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    TypeOfEstablishment = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Phase = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    GiasStatus = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    HeadFirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    HeadLastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AttributesJson = table.Column<string>(type: "text", nullable: true),
                    Edition = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    AccountLimitOverride = table.Column<int>(type: "integer", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationGroupMembers",
                columns: table => new
                {
                    GroupId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationGroupMembers", x => new { x.GroupId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_OrganisationGroupMembers_OrganisationGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "OrganisationGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisationGroupMembers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationGroupMembers_OrganisationId",
                table: "OrganisationGroupMembers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationGroups_Kind_Name",
                table: "OrganisationGroups",
                columns: new[] { "Kind", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_DfeNumber",
                table: "Organisations",
                column: "DfeNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name",
                table: "Organisations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Urn",
                table: "Organisations",
                column: "Urn",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrganisationGroupMembers");

            migrationBuilder.DropTable(
                name: "OrganisationGroups");

            migrationBuilder.DropTable(
                name: "Organisations");
        }
    }
}
