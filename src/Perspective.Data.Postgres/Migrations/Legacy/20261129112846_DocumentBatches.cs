using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perspective.Data.Postgres.Migrations.Legacy
{
    /// <inheritdoc />
    public partial class DocumentBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SendBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CategoryId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SenderUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SenderOrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SendBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SendBatches_DocumentCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "DocumentCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StagedFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ShownName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    OrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Dropped = table.Column<bool>(type: "boolean", nullable: false),
                    StorageName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    WrappedKey = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    KeyVersion = table.Column<int>(type: "integer", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ScanStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StagedFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StagedFiles_SendBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "SendBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SendBatches_CategoryId",
                table: "SendBatches",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_SendBatches_SenderOrganisationId_SentUtc",
                table: "SendBatches",
                columns: new[] { "SenderOrganisationId", "SentUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SendBatches_SenderUserId_CreatedUtc",
                table: "SendBatches",
                columns: new[] { "SenderUserId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StagedFiles_BatchId",
                table: "StagedFiles",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_StagedFiles_StorageName",
                table: "StagedFiles",
                column: "StorageName",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Documents_SendBatches_BatchId",
                table: "Documents",
                column: "BatchId",
                principalTable: "SendBatches",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Documents_SendBatches_BatchId",
                table: "Documents");

            migrationBuilder.DropTable(
                name: "StagedFiles");

            migrationBuilder.DropTable(
                name: "SendBatches");
        }
    }
}
