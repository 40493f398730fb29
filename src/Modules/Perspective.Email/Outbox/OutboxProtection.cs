using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Perspective.Core.Tenants;

namespace Perspective.Email.Outbox;

/// <summary>
/// Keeps a queued message's content (both bodies and the values, which may hold a live activation
/// or reset link) encrypted with Data Protection, as site secrets are, under a purpose of its own
/// and the tenant's name, so that a copy of the outbox table alone, or another tenant's key
/// purpose, reads nothing. Once a message is sent or given up on its content is removed.
/// </summary>
public sealed class OutboxProtection(IDataProtectionProvider provider, ITenantContext tenant)
{
    private const string Purpose = "Perspective.Email.Outbox";

    private IDataProtector Protector => provider.CreateProtector(Purpose, tenant.Current.Name);

    public void Seal(OutboxMessage message, OutboxContent content)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(content);
        var protector = Protector;
        message.HtmlBody = protector.Protect(content.HtmlBody);
        message.TextBody = protector.Protect(content.TextBody);
        message.ValuesJson = protector.Protect(JsonSerializer.Serialize(content.Values));
        message.ContentProtected = true;
    }

    /// <summary>
    /// The message's content, or null when there is none any more (sent, digested, dead-lettered).
    /// A row queued before encryption is read as it is; it is cleared once sent like any other.
    /// Throws <see cref="CryptographicException"/> when the keys that sealed it are gone.
    /// </summary>
    public OutboxContent? Open(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.HtmlBody is null || message.TextBody is null)
        {
            return null;
        }

        var protector = Protector;
        string Read(string stored) => message.ContentProtected ? protector.Unprotect(stored) : stored;
        var values = message.ValuesJson is { } json ? JsonSerializer.Deserialize<Dictionary<string, string>>(Read(json)) : null;
        return new OutboxContent(Read(message.HtmlBody), Read(message.TextBody), values ?? []);
    }

    /// <summary>Removes the content, keeping what the outbox page shows (kind, recipient, subject, state, attempts, error).</summary>
    public static void Clear(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.HtmlBody = null;
        message.TextBody = null;
        message.ValuesJson = null;
    }
}
