using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Roles.Data;

/// <summary>
/// The Roles module's own tables: role definitions and the permissions each grants. Its migrations are recorded in
/// <c>{HistoryTable}</c> in the tenant's database (ADR-016).
/// </summary>
public sealed class RolesDbContext(DbContextOptions<RolesDbContext> options) : ModuleDbContext(options)
{
    public const string HistoryTable = "__RolesMigrationsHistory";

    /// <summary>How the host finds this module's tables.</summary>
    public static ModuleData Data { get; } = ModuleData.Of<RolesDbContext>(HistoryTable, o => new RolesDbContext(o));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        RolesModel.Configure(modelBuilder);
    }
}
