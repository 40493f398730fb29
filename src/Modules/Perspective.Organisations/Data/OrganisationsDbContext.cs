using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Organisations.Data;

/// <summary>
/// The Organisations module's own tables: organisations (schools, LA teams) and their groups. Its migrations are recorded in
/// <c>{HistoryTable}</c> in the tenant's database (ADR-016).
/// </summary>
public sealed class OrganisationsDbContext(DbContextOptions<OrganisationsDbContext> options) : ModuleDbContext(options)
{
    public const string HistoryTable = "__OrganisationsMigrationsHistory";

    /// <summary>How the host finds this module's tables.</summary>
    public static ModuleData Data { get; } = ModuleData.Of<OrganisationsDbContext>(HistoryTable, o => new OrganisationsDbContext(o));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        OrganisationsModel.Configure(modelBuilder);
    }
}
