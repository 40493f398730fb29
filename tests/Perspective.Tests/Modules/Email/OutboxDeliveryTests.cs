using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Email.Outbox;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Email;

public sealed class OutboxDeliveryTests : IDisposable
{
    private readonly SmtpTestServer _smtp = new();
    private readonly EmailFactory _factory = new();

    [Fact]
    public async Task QueuedMessage_ArrivesOverSmtp_WithItsHeaders_AndBothHtmlAndTextParts()
    {
        await _factory.UseSmtpAsync(_smtp.Port);
        await _factory.QueueAsync("head@school.test");

        await _factory.DrainAsync();

        var message = Assert.Single(_smtp.Messages);
        Assert.Equal("Test message from Northshire County Council", message.Subject);
        Assert.Equal("portal@northshire.test", message.From.Mailboxes.Single().Address);
        Assert.Equal("Northshire portal", message.From.Mailboxes.Single().Name);
        Assert.Equal("head@school.test", message.To.Mailboxes.Single().Address);
        Assert.Contains("If you can read this", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://perspective.test/\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("lang=\"en-GB\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Empty(message.Attachments);
        var stored = Assert.Single(await _factory.OutboxAsync());
        Assert.Equal(OutboxState.Sent, stored.State);
        Assert.Equal(1, stored.Attempts);
    }

    [Fact]
    public async Task AMessageQueuedInAUnitOfWorkThatIsNeverSaved_IsNeverSent()
    {
        await _factory.UseSmtpAsync(_smtp.Port);
        await using (var scope = await _factory.TenantScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IEmailOutbox>()
                .QueueAsync("email.test", new EmailRecipient("head@school.test"), new Dictionary<string, string>());
        }

        await _factory.DrainAsync();

        Assert.Empty(await _factory.OutboxAsync());
        Assert.Equal(0, _smtp.Count);
    }

    [Fact]
    public async Task WithTheServerDown_TheMessageStaysQueued_AndThePortalKeepsWorking_ThenItIsDeliveredOnce()
    {
        await _factory.UseSmtpAsync(_smtp.Port);
        _smtp.Stop();
        await _factory.QueueAsync("head@school.test");

        await _factory.DrainAsync();
        var waiting = Assert.Single(await _factory.OutboxAsync());
        var page = await _factory.CreateClient().GetAsync("/sign-in");

        Assert.Equal(OutboxState.Queued, waiting.State);
        Assert.Equal(1, waiting.Attempts);
        Assert.Contains("Could not connect to the SMTP server", waiting.LastError, StringComparison.Ordinal);
        Assert.True(waiting.DueUtc > _factory.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        _smtp.Start();
        Assert.Equal(0, await _factory.DrainAsync());
        _factory.Clock.Advance(TimeSpan.FromSeconds(31));
        await _factory.DrainAsync();
        await _factory.DrainAsync();

        Assert.Equal(1, _smtp.Count);
        Assert.Equal(OutboxState.Sent, Assert.Single(await _factory.OutboxAsync()).State);
    }

    [Fact]
    public async Task AfterTheLastAttempt_TheMessageIsDeadLettered_AndNotTriedAgain()
    {
        await _factory.UseSmtpAsync(_smtp.Port);
        _smtp.Stop();
        await _factory.QueueAsync("head@school.test");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await _factory.DrainAsync();
            _factory.Clock.Advance(TimeSpan.FromHours(1));
        }

        var dead = Assert.Single(await _factory.OutboxAsync());
        Assert.Equal(OutboxState.DeadLetter, dead.State);
        Assert.Equal(3, dead.Attempts);
        _smtp.Start();
        Assert.Equal(0, await _factory.DrainAsync());
        Assert.Equal(0, _smtp.Count);
    }

    [Fact]
    public async Task RetryDelays_DoubleWithEachFailure()
    {
        await _factory.UseSmtpAsync(_smtp.Port);
        _smtp.Stop();
        await _factory.QueueAsync("head@school.test");
        var start = _factory.Clock.GetUtcNow().UtcDateTime;

        await _factory.DrainAsync();
        var first = (await _factory.OutboxAsync())[0].DueUtc - start;
        _factory.Clock.Advance(first);
        var secondStart = _factory.Clock.GetUtcNow().UtcDateTime;
        await _factory.DrainAsync();
        var second = (await _factory.OutboxAsync())[0].DueUtc - secondStart;

        Assert.Equal(TimeSpan.FromSeconds(30), first);
        Assert.Equal(TimeSpan.FromSeconds(60), second);
    }

    [Fact]
    public async Task WithoutEmailSettings_MessagesAreWrittenToThePickupFolder_AsEmlFiles()
    {
        await _factory.QueueAsync("head@school.test");

        await _factory.DrainAsync();

        var files = Directory.GetFiles(Path.Combine(_factory.DataPath, "Mail", "Default"), "*.eml");
        var message = MimeKit.MimeMessage.Load(Assert.Single(files));
        Assert.Equal("head@school.test", message.To.Mailboxes.Single().Address);
        Assert.Empty(Directory.GetFiles(Path.Combine(_factory.DataPath, "Mail", "Default"), "*.tmp"));
    }

    public void Dispose()
    {
        _factory.Dispose();
        _smtp.Dispose();
    }
}
