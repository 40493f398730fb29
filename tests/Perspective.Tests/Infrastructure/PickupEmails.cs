using Microsoft.Extensions.DependencyInjection;
using Perspective.Email.Sending;

namespace Perspective.Tests.Infrastructure;

/// <summary>
/// A tenant's outbox sent to the pickup folder (the provider a tenant has before anyone chooses
/// SMTP), and what arrived there, as someone opening the .eml files would read it.
/// </summary>
public static class PickupEmails
{
    /// <summary>Sends what the tenant has queued and returns the messages in its pickup folder.</summary>
    public static async Task<IReadOnlyList<MimeKit.MimeMessage>> SendAndReadAsync(this PerspectiveFactory factory, string tenantName, string dataPath)
    {
        await using (var scope = await factory.TenantScopeAsync(tenantName))
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDrainer>().SendDueAsync(CancellationToken.None);
        }

        var folder = Path.Combine(dataPath, "Mail", tenantName);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeKit.MimeMessage.Load(f)).ToList()
            : [];
    }

    /// <summary>The last absolute https link in a message's text.</summary>
    public static Uri LinkIn(MimeKit.MimeMessage message)
    {
        var words = (message.TextBody ?? "").Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return new Uri(words.Last(w => w.StartsWith("https://", StringComparison.Ordinal)));
    }
}
