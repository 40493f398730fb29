using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Email.Outbox;

namespace Perspective.Tests.Infrastructure;

/// <summary>An outbox row with its content decrypted as the sender would see it (null once sent or dead-lettered).</summary>
public sealed record OutboxEmail(OutboxMessage Row, OutboxContent? Content)
{
    public long Id => Row.Id;

    public string Kind => Row.Kind;

    public string ToAddress => Row.ToAddress;

    public string Subject => Row.Subject;

    public OutboxState State => Row.State;

    public int Attempts => Row.Attempts;

    public DateTime DueUtc => Row.DueUtc;

    public string? LastError => Row.LastError;

    public string? HtmlBody => Content?.HtmlBody;

    public string? TextBody => Content?.TextBody;
}

public static class OutboxEmails
{
    /// <summary>Every message in a tenant's outbox, oldest first, with its content opened by the real <see cref="OutboxProtection"/>.</summary>
    public static async Task<List<OutboxEmail>> OutboxEmailsAsync(this PerspectiveFactory factory, Func<IQueryable<OutboxMessage>, IQueryable<OutboxMessage>>? filter = null, string? tenantName = null)
    {
        await using var scope = await factory.TenantScopeAsync(tenantName);
        var rows = scope.ServiceProvider.GetRequiredService<TenantDbContext>().Set<OutboxMessage>().AsNoTracking();
        var protection = scope.ServiceProvider.GetRequiredService<OutboxProtection>();
        var messages = await (filter ?? (q => q.OrderBy(m => m.Id)))(rows).ToListAsync();
        return messages.Select(m => new OutboxEmail(m, protection.Open(m))).ToList();
    }
}
