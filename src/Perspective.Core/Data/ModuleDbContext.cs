using Microsoft.EntityFrameworkCore;
using Perspective.Core.Events;

namespace Perspective.Core.Data;

/// <summary>
/// The base of a module's own context. The module's tables are its own, with their own migrations
/// and history table in the tenant's database; the kernel's outbox (events and their deliveries) is
/// mapped too but left out of the module's migrations, so events published in a scope are saved in
/// the same <c>SaveChanges</c>, and the same transaction, as the module's change.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new OutboxEventConfiguration());
        modelBuilder.ApplyConfiguration(new EventDeliveryConfiguration());
        modelBuilder.Entity<OutboxEvent>().ToTable(t => t.ExcludeFromMigrations());
        modelBuilder.Entity<EventDelivery>().ToTable(t => t.ExcludeFromMigrations());
    }
}
