using Microsoft.EntityFrameworkCore;

namespace Perspective.Core.Data;

/// <summary>
/// The shell that the frozen migrations of the single-context layout (every table in one context,
/// history in <c>__EFMigrationsHistory</c>, up to <c>Events</c> of 3 December 2026) are bound to.
/// It maps nothing: it only lets a database made by that layout finish the old chain before its
/// tables are handed to the kernel's and each module's own history (ADR-016). A fresh database
/// never runs it.
/// </summary>
public sealed class LegacyTenantDbContext(DbContextOptions<LegacyTenantDbContext> options) : DbContext(options)
{
    /// <summary>The history table of the single-context layout: EF Core's default name.</summary>
    public const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>
    /// The owners whose baselines describe tables the frozen chain made, by history table: only
    /// these baselines are recorded as applied when an old database is handed over. A module that
    /// came later has no tables there, so its baseline runs as on a fresh database.
    /// </summary>
    public static IReadOnlySet<string> OwnersOfItsTables { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        TenantDbContext.HistoryTable,
        "__DocumentsMigrationsHistory",
        "__EmailMigrationsHistory",
        "__OrganisationsMigrationsHistory",
        "__RolesMigrationsHistory",
        "__UsersMigrationsHistory",
    };
}
