using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Email.Data;

/// <summary>
/// The Email module's own tables: the outbox of messages to send and the tenant's email templates. Its migrations are recorded in
/// <c>{HistoryTable}</c> in the tenant's database (ADR-016).
/// </summary>
public sealed class EmailDbContext(DbContextOptions<EmailDbContext> options) : ModuleDbContext(options)
{
    public const string HistoryTable = "__EmailMigrationsHistory";

    /// <summary>How the host finds this module's tables.</summary>
    public static ModuleData Data { get; } = ModuleData.Of<EmailDbContext>(HistoryTable, o => new EmailDbContext(o));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new Outbox.OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new Templates.EmailTemplateConfiguration());
    }
}
