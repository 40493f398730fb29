using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Users.Data;

/// <summary>
/// The Users module's own tables: account tokens, recovery codes and sessions (accounts themselves are the kernel's Identity tables). Its migrations are recorded in
/// <c>{HistoryTable}</c> in the tenant's database (ADR-016).
/// </summary>
public sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : ModuleDbContext(options)
{
    public const string HistoryTable = "__UsersMigrationsHistory";

    /// <summary>How the host finds this module's tables.</summary>
    public static ModuleData Data { get; } = ModuleData.Of<UsersDbContext>(HistoryTable, o => new UsersDbContext(o));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        UsersModel.Configure(modelBuilder);
    }
}
