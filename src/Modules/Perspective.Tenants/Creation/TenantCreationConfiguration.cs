using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Perspective.Tenants.Creation;

/// <summary>
/// The <c>TenantCreations</c> table: in every tenant's schema, used only in the default tenant's
/// database (like the tenant catalogue). At most one running creation per tenant name, enforced by a
/// filtered unique index, so two nodes or two administrators can never start the same one twice.
/// </summary>
internal sealed class TenantCreationConfiguration : IEntityTypeConfiguration<TenantCreation>
{
    public void Configure(EntityTypeBuilder<TenantCreation> builder)
    {
        builder.ToTable("TenantCreations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(32);
        builder.Property(c => c.TenantName).HasMaxLength(40);
        builder.Property(c => c.OwnerId).HasMaxLength(450);
        builder.Property(c => c.DisplayName).HasMaxLength(200);
        builder.Property(c => c.HostNames).HasMaxLength(1000);
        builder.Property(c => c.UrlPrefix).HasMaxLength(40);
        builder.Property(c => c.RecipeName).HasMaxLength(100);
        builder.Property(c => c.AdminEmail).HasMaxLength(256);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.StepName).HasMaxLength(100);
        builder.Property(c => c.Error).HasMaxLength(4000);
        builder.Ignore(c => c.Problems);
        // The same SQL on SQLite and PostgreSQL: both quote names with double quotes.
        builder.HasIndex(c => c.TenantName).IsUnique().HasFilter("\"State\" = 'Running'");
    }
}
