using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Perspective.Core.Data;

/// <summary>The key ring's table. Present in every tenant's schema, used only in the default tenant's database.</summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.FriendlyName).HasMaxLength(100);
        builder.HasIndex(k => k.FriendlyName).IsUnique();
    }
}
