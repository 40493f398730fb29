using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Modules;

namespace Perspective.Core.Data;

/// <summary>
/// The one EF Core context for a tenant's data. Its model is the kernel's entities plus every
/// module's configurations, whether or not the module is enabled, so a single migration history
/// serves every tenant.
/// </summary>
public class TenantDbContext(DbContextOptions<TenantDbContext> options, ModuleCatalog modules) : DbContext(options)
{
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AuditEventConfiguration());
        foreach (var module in modules.Modules)
        {
            module.Startup.ConfigureModel(modelBuilder);
        }
    }

    // The database triggers refuse these too; failing here gives a clearer message sooner.
    private void RefuseAuditChanges()
    {
        var changed = ChangeTracker.Entries<AuditEvent>()
            .Any(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (changed)
        {
            throw new InvalidOperationException("Audit events are append-only: they cannot be changed or deleted.");
        }
    }
}
