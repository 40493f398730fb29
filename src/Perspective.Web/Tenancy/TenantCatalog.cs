using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perspective.Core.Sites;
using Perspective.Core.Tenants;

namespace Perspective.Web.Tenancy;

/// <summary>
/// The tenant catalogue, kept in the default tenant's database and cached for a few seconds, so
/// that every node sees another node's change soon and this node sees its own at once. Callers get
/// copies: a request or recipe that changes its tenant before saving changes no one else's view.
/// Saving a running tenant creates the tables of any module it has just switched on (ADR-016):
/// the features page, a recipe and the command line all switch modules on by saving the record.
/// </summary>
public sealed class TenantCatalog(TenantDatabases databases, IOptions<SiteOptions> site, TimeProvider time) : ITenantCatalog, IDisposable
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private IReadOnlyList<Tenant>? _cached;
    private DateTimeOffset _cachedAt;

    public async Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (_cached is { } fresh && time.GetUtcNow() - _cachedAt < CacheFor)
        {
            return Copies(fresh);
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            await using var db = databases.Open(databases.ConnectionStringFor(Tenant.DefaultName));
            var stored = await db.Tenants.AsNoTracking().ToListAsync(cancellationToken);
            // Before first-run setup the default tenant has no record yet: it exists, uninitialised.
            var all = stored.Any(t => t.IsDefault) ? stored : [.. stored, NewDefault()];
            _cached = all.OrderBy(t => t.IsDefault ? 0 : 1).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
            _cachedAt = time.GetUtcNow();
            return Copies(_cached);
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task<Tenant?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    public async Task SaveAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        await using var db = databases.Open(databases.ConnectionStringFor(Tenant.DefaultName));
        var stored = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Name == tenant.Name, cancellationToken);
        if (stored is not null)
        {
            db.Tenants.Update(tenant);
        }
        else
        {
            db.Tenants.Add(tenant);
        }

        await db.SaveChangesAsync(cancellationToken);
        _cached = null;

        // Before it runs, a tenant's database may not exist yet; it gets its tables when it is made.
        if (tenant.State == TenantState.Running)
        {
            await databases.CreateTablesOfModulesSwitchedOnAsync(stored, tenant, cancellationToken);
        }
    }

    public async Task RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = databases.Open(databases.ConnectionStringFor(Tenant.DefaultName));
        await db.Tenants.Where(t => t.Name == name).ExecuteDeleteAsync(cancellationToken);
        _cached = null;
    }

    public void Dispose() => _lock.Dispose();

    private static List<Tenant> Copies(IReadOnlyList<Tenant> tenants) => tenants.Select(t => t.Copy()).ToList();

    private Tenant NewDefault() => new()
    {
        Name = Tenant.DefaultName,
        DisplayName = site.Value.Name,
        State = TenantState.Uninitialized,
        CreatedUtc = time.GetUtcNow().UtcDateTime,
    };
}
