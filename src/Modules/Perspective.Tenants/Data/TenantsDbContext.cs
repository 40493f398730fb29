using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Tenants.Creation;

namespace Perspective.Tenants.Data;

/// <summary>
/// The Tenants module's own tables: tenant creations and their progress, kept in the default tenant's database (the
/// catalogue of tenants itself is the kernel's). Its migrations are recorded in <c>{HistoryTable}</c> (ADR-016).
/// </summary>
public sealed class TenantsDbContext(DbContextOptions<TenantsDbContext> options) : ModuleDbContext(options)
{
    public const string HistoryTable = "__TenantsMigrationsHistory";

    /// <summary>How the host finds this module's tables.</summary>
    public static ModuleData Data { get; } = ModuleData.Of<TenantsDbContext>(HistoryTable, o => new TenantsDbContext(o));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new TenantCreationConfiguration());
    }
}
