using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Core.Settings;
using Perspective.Email.Outbox;
using Perspective.Email.Sending;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Email;

/// <summary>A host whose default tenant sends through the given SMTP port, on a clock the test moves.</summary>
public class EmailFactory : PerspectiveFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Whether this host runs the background sender; tests that drain by hand leave it off.</summary>
    public bool BackgroundSender { get; init; }

    /// <summary>Whether the test moves the clock by hand (else the system clock).</summary>
    public bool FakeClock { get; init; } = true;

    public async Task UseSmtpAsync(int port)
    {
        await using var scope = await this.TenantScopeAsync();
        var settings = scope.ServiceProvider.GetRequiredService<ISiteSettings>();
        await settings.SetAsync("email.provider", EmailSettings.Smtp);
        await settings.SetAsync("email.smtp.host", "127.0.0.1");
        await settings.SetAsync("email.smtp.port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await settings.SetAsync("email.smtp.security", "None");
        await settings.SetAsync("email.from.address", "portal@northshire.test");
        await settings.SetAsync("email.from.name", "Northshire portal");
        await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync();
    }

    /// <summary>Queues the module's test email to an address and saves, as a page would.</summary>
    public async Task QueueAsync(string address, int count = 1)
    {
        await using var scope = await this.TenantScopeAsync();
        var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
        for (var i = 0; i < count; i++)
        {
            await outbox.QueueAsync("email.test", new EmailRecipient(address, "Hetty Head"), new Dictionary<string, string>());
        }

        await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync();
    }

    /// <summary>One round of the sender for the default tenant.</summary>
    public async Task<int> DrainAsync()
    {
        await using var scope = await this.TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<OutboxDrainer>().SendDueAsync(CancellationToken.None);
    }

    public Task<List<OutboxEmail>> OutboxAsync() => this.OutboxEmailsAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Perspective:Email:SenderEnabled", BackgroundSender ? "true" : "false");
        builder.UseSetting("Perspective:Email:PollInterval", "00:00:00.050");
        builder.UseSetting("Perspective:Email:MaxAttempts", "3");
        builder.ConfigureServices(services =>
        {
            if (FakeClock)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            }
        });
    }
}
