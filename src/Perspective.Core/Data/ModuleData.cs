using Microsoft.EntityFrameworkCore;

namespace Perspective.Core.Data;

/// <summary>
/// A module's own tables: the context that maps them and the history table that records which of
/// its migrations a tenant's database has. A module with tables returns one from
/// <see cref="Modules.ModuleStartup.Data"/>.
/// </summary>
public abstract class ModuleData
{
    private protected ModuleData(string historyTable) => HistoryTable = historyTable;

    /// <summary>The name of the module's migrations history table, e.g. <c>__DocumentsMigrationsHistory</c>.</summary>
    public string HistoryTable { get; }

    public abstract Type ContextType { get; }

    /// <summary>A context on the database at <paramref name="connectionString"/>, outside any request scope.</summary>
    public abstract ModuleDbContext Open(IDatabaseProvider provider, string connectionString);

    /// <summary>The data of a module whose tables <typeparamref name="TContext"/> maps.</summary>
    public static ModuleData Of<TContext>(string historyTable, Func<DbContextOptions<TContext>, TContext> create)
        where TContext : ModuleDbContext =>
        new ModuleData<TContext>(historyTable, create);
}

/// <summary>The data of a module whose tables <typeparamref name="TContext"/> maps.</summary>
public sealed class ModuleData<TContext>(string historyTable, Func<DbContextOptions<TContext>, TContext> create) : ModuleData(historyTable)
    where TContext : ModuleDbContext
{
    public override Type ContextType => typeof(TContext);

    public override ModuleDbContext Open(IDatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        provider.Configure(options, connectionString, HistoryTable);
        return create(options.Options);
    }
}
