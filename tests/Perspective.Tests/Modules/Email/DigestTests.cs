using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Core.Security;
using Perspective.Email.Outbox;
using Perspective.Email.Sending;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Email;

public sealed class DigestTests : IDisposable
{
    private static readonly EmailKind News = new(
        "test.news", "News published", "A test informational email.", IsSecurity: false,
        "News: {{ title }}", "<p>{{ title }}</p>", "{{ title }}", [new EmailVariable("title", "The headline", "Term dates")]);

    private readonly SmtpTestServer _smtp = new();
    private readonly DigestFactory _factory = new();

    [Fact]
    public async Task ForSomeoneWhoChoseADigest_InformationalEmailsWait_ThenArriveAsOneSummaryNextMorning()
    {
        await _factory.UseSmtpAsync(_smtp.Port);
        var userId = await CreateUserAsync("head@school.test", EmailAlerts.DailyDigest);
        await QueueAsync("test.news", userId, "Term dates");
        await QueueAsync("test.news", userId, "Inspection guidance");

        await _factory.DrainAsync();
        Assert.Equal(0, _smtp.Count);
        Assert.All(await _factory.OutboxAsync(), m => Assert.Equal(OutboxState.HeldForDigest, m.State));

        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await ComposeAsync();
        await ComposeAsync();
        await _factory.DrainAsync();

        var digest = Assert.Single(_smtp.Messages);
        Assert.Equal("Your daily summary from Northshire County Council: 2 new", digest.Subject);
        Assert.Contains("- News: Term dates", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("- News: Inspection guidance", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("- News: Inspection guidance", digest.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(2, (await _factory.OutboxAsync()).Count(m => m.State == OutboxState.Digested));
    }

    [Fact]
    public async Task ForSomeoneWhoChoseADigest_SecurityEmailsStillGoAtOnce()
    {
        await _factory.UseSmtpAsync(_smtp.Port);
        var userId = await CreateUserAsync("head@school.test", EmailAlerts.DailyDigest);

        await QueueAsync("email.test", userId, "");
        await _factory.DrainAsync();

        Assert.Equal(1, _smtp.Count);
    }

    [Fact]
    public async Task ForSomeoneWhoWantsImmediateAlerts_InformationalEmailsGoAtOnce()
    {
        await _factory.UseSmtpAsync(_smtp.Port);
        var userId = await CreateUserAsync("head@school.test", EmailAlerts.Immediate);

        await QueueAsync("test.news", userId, "Term dates");
        await _factory.DrainAsync();

        Assert.Equal("News: Term dates", Assert.Single(_smtp.Messages).Subject);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _smtp.Dispose();
    }

    private async Task<string> CreateUserAsync(string email, EmailAlerts alerts)
    {
        await _factory.CreateAccountAsync(email, [BuiltInRoles.Headteacher]);
        await using var scope = await _factory.TenantScopeAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PerspectiveUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        user.EmailAlerts = alerts;
        await users.UpdateAsync(user);
        return user.Id;
    }

    private async Task QueueAsync(string kind, string userId, string title)
    {
        await using var scope = await _factory.TenantScopeAsync();
        await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().QueueAsync(
            kind, new EmailRecipient("head@school.test", "Hetty Head", userId), new Dictionary<string, string> { ["title"] = title });
        await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync();
    }

    private async Task ComposeAsync()
    {
        await using var scope = await _factory.TenantScopeAsync();
        await scope.ServiceProvider.GetRequiredService<DigestRound>().ComposeDueAsync(CancellationToken.None);
    }

    /// <summary>An email host that also knows an informational kind of email, as a news module would declare.</summary>
    private sealed class DigestFactory : EmailFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton(News));
        }
    }
}
