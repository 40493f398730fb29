using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perspective.Data.Sqlite.Migrations.Legacy
{
    /// <inheritdoc />
    public partial class EnableLockoutForEveryAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Invited accounts were added without Identity, so with LockoutEnabled off: wrong
            // passwords and codes set LockoutEnd but never refused them. Every account can be locked out.
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"LockoutEnabled\" = 1 WHERE \"LockoutEnabled\" = 0;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: which accounts had lockout off was a defect, not data worth restoring.
        }
    }
}
