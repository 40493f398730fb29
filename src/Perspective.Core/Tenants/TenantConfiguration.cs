using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Perspective.Core.Tenants;

/// <summary>The tenant catalogue's table. Present in every tenant's schema, used only in the default tenant's database.</summary>
internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("Tenants");
        builder.HasKey(t => t.Name);
        builder.Property(t => t.Name).HasMaxLength(40);
        builder.Property(t => t.DisplayName).HasMaxLength(200);
        builder.Property(t => t.UrlPrefix).HasMaxLength(40);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.SetupRecipe).HasMaxLength(100);
        builder.Property(t => t.AdminEmail).HasMaxLength(256);
        builder.Property(t => t.HostNames).HasConversion(ListConverter.Converter, ListConverter.Comparer).HasMaxLength(1000);
        builder.Property(t => t.EnabledFeatures).HasConversion(ListConverter.Converter, ListConverter.Comparer).HasMaxLength(4000);
        builder.Ignore(t => t.IsDefault);
        builder.HasIndex(t => t.UrlPrefix).IsUnique();
    }

    /// <summary>Short lists of names stored as one comma-separated column (names never contain commas).</summary>
    private static class ListConverter
    {
        public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<IList<string>, string> Converter = new(
            list => string.Join(',', list),
            text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList());

        public static readonly ValueComparer<IList<string>> Comparer = new(
            (a, b) => a!.SequenceEqual(b!),
            list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
            list => list.ToList());
    }
}
