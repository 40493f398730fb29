using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perspective.Data.Sqlite.Migrations.Legacy
{
    /// <inheritdoc />
    public partial class EncryptEmailOutboxContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "ValuesJson",
                table: "EmailOutbox",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<string>(
                name: "TextBody",
                table: "EmailOutbox",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<string>(
                name: "HtmlBody",
                table: "EmailOutbox",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AddColumn<bool>(
                name: "ContentProtected",
                table: "EmailOutbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Issue 17: messages already sent, digested or dead-lettered keep no content (their links
            // may still work). Messages still waiting keep theirs in plain text, marked unprotected,
            // and are read as they are once, then cleared when sent like any other.
            migrationBuilder.Sql("UPDATE \"EmailOutbox\" SET \"HtmlBody\" = NULL, \"TextBody\" = NULL, \"ValuesJson\" = NULL WHERE \"State\" IN ('Sent', 'Digested', 'DeadLetter');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The older code cannot read encrypted content: such messages are given up on, not sent as ciphertext.
            migrationBuilder.Sql("UPDATE \"EmailOutbox\" SET \"State\" = 'DeadLetter', \"LastError\" = 'Not sent: the portal was downgraded.' WHERE \"ContentProtected\" AND \"State\" IN ('Queued', 'HeldForDigest');");
            migrationBuilder.Sql("UPDATE \"EmailOutbox\" SET \"HtmlBody\" = '', \"TextBody\" = '', \"ValuesJson\" = '{}' WHERE \"HtmlBody\" IS NULL OR \"ContentProtected\";");
            migrationBuilder.DropColumn(
                name: "ContentProtected",
                table: "EmailOutbox");

            migrationBuilder.AlterColumn<string>(
                name: "ValuesJson",
                table: "EmailOutbox",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "TextBody",
                table: "EmailOutbox",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "HtmlBody",
                table: "EmailOutbox",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
