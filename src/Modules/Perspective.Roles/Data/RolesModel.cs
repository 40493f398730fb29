using Microsoft.EntityFrameworkCore;

namespace Perspective.Roles.Data;

internal static class RolesModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<RoleDefinition>(role =>
        {
            role.ToTable("RoleDefinitions");
            role.HasKey(r => r.Name);
            role.Property(r => r.Name).HasMaxLength(256);
            role.Property(r => r.Description).HasMaxLength(500);
            role.Property(r => r.Holders).HasConversion<string>().HasMaxLength(20);
        });
        model.Entity<RoleGrant>(grant =>
        {
            grant.ToTable("RoleGrants");
            grant.HasKey(g => new { g.RoleName, g.Permission });
            grant.Property(g => g.RoleName).HasMaxLength(256);
            grant.Property(g => g.Permission).HasMaxLength(128);
            grant.HasOne<RoleDefinition>().WithMany().HasForeignKey(g => g.RoleName).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
