using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Events;
using Perspective.Core.Modules;
using Perspective.Core.Settings;
using Perspective.Core.Tenants;

namespace Perspective.Core.Data;

/// <summary>
/// The kernel's context for a tenant's data: accounts (ASP.NET Core Identity's tables), settings,
/// the tenant catalogue, the audit trail, the event outbox and the key ring. Its migrations create
/// only those tables and are recorded in <see cref="HistoryTable"/>. It still maps every module's
/// entities, left out of its migrations, for the module code not yet on its module's own context;
/// each module's tables are created by that module's migrations (ADR-016).
/// </summary>
public class TenantDbContext(DbContextOptions<TenantDbContext> options, ModuleCatalog modules)
    : IdentityDbContext<PerspectiveUser, IdentityRole, string>(options)
{
    /// <summary>The kernel's migrations history table.</summary>
    public const string HistoryTable = "__KernelMigrationsHistory";

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<SiteSetting> Settings => Set<SiteSetting>();

    /// <summary>The host's tenant catalogue; only the default tenant's database has rows here.</summary>
    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();

    /// <summary>The transactional outbox: every published event.</summary>
    public DbSet<OutboxEvent> Events => Set<OutboxEvent>();

    /// <summary>Each event's delivery to each of its subscribers.</summary>
    public DbSet<EventDelivery> EventDeliveries => Set<EventDelivery>();

    /// <summary>The host's Data Protection key ring; only the default tenant's database has rows here.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        var added = AddedAuditEvents();
        if (added.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        // The chain's head is read inside the transaction that writes the new events.
        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        AuditChainHead.Link(this, added);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        transaction?.Commit();
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        var added = AddedAuditEvents();
        if (added.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The chain's head is read inside the transaction that writes the new events.
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await AuditChainHead.LinkAsync(this, added, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PerspectiveUser>().Property(u => u.DisplayName).HasMaxLength(200);
        builder.Entity<PerspectiveUser>().Property(u => u.OrganisationId).HasMaxLength(64);
        builder.Entity<PerspectiveUser>().Property(u => u.EmailAlerts).HasConversion<string>().HasMaxLength(20);
        builder.Entity<PerspectiveUser>().Property(u => u.AuthenticatorKeyProtected).HasMaxLength(1000);
        builder.Entity<PerspectiveUser>().Ignore(u => u.Status);
        builder.Entity<PerspectiveUser>().HasIndex(u => u.OrganisationId);
        builder.Entity<SiteSetting>(setting =>
        {
            setting.ToTable("Settings");
            setting.HasKey(s => s.Key);
            setting.Property(s => s.Key).HasMaxLength(100);
            setting.Property(s => s.Value).HasMaxLength(4000);
        });
        builder.ApplyConfiguration(new TenantConfiguration());
        builder.ApplyConfiguration(new AuditEventConfiguration());
        builder.ApplyConfiguration(new AuditCheckpointConfiguration());
        builder.ApplyConfiguration(new DataProtectionKeyConfiguration());
        builder.ApplyConfiguration(new OutboxEventConfiguration());
        builder.ApplyConfiguration(new EventDeliveryConfiguration());
        var kernel = builder.Model.GetEntityTypes().ToHashSet();
        foreach (var module in modules.Modules)
        {
            module.Startup.ConfigureModel(builder);
        }

        // A module's tables belong to its own migrations.
        foreach (var entityType in builder.Model.GetEntityTypes().Where(e => !kernel.Contains(e)))
        {
            entityType.SetIsTableExcludedFromMigrations(true);
        }
    }

    private List<AuditEvent> AddedAuditEvents() =>
        ChangeTracker.Entries<AuditEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();

    // The database triggers refuse these too; failing here gives a clearer message sooner.
    private void RefuseAuditChanges()
    {
        var changed = ChangeTracker.Entries<AuditEvent>().Any(e => e.State is EntityState.Modified or EntityState.Deleted)
            || ChangeTracker.Entries<AuditCheckpoint>().Any(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (changed)
        {
            throw new InvalidOperationException("Audit events are append-only: they cannot be changed or deleted.");
        }
    }
}
