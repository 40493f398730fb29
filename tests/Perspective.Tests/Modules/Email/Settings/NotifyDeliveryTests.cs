using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Email.Outbox;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Email.Settings;

/// <summary>Sending through GOV.UK Notify, over real HTTP to a stand-in for its API on a loopback port.</summary>
public sealed class NotifyDeliveryTests : IAsyncLifetime
{
    private const string TemplateId = "3f0e8c52-9b7a-4d61-8e2f-5a4c3b2d1e0f";

    private readonly EmailFactory _factory = new();
    private FakeNotifyApi _notify = default!;

    public async Task InitializeAsync()
    {
        _notify = await FakeNotifyApi.StartAsync();
        _factory.With("Perspective:Email:NotifyBaseUrl", _notify.BaseUrl);
    }

    [Fact]
    public async Task AMessage_IsSentToNotify_WithItsTemplateAddressPersonalisationAndReference()
    {
        await _factory.SaveAsync(EmailSettingsForms.NotifyAnswers(TemplateId));
        await QueueAsync("head@school.test", new Dictionary<string, string> { ["school_name"] = "Riverside Primary" });

        await _factory.DrainAsync();

        var request = Assert.Single(_notify.Received);
        var message = Assert.Single(await _factory.OutboxAsync());
        Assert.Equal(TemplateId, (string?)request["template_id"]);
        Assert.Equal("head@school.test", (string?)request["email_address"]);
        Assert.Equal(message.Id.ToString(CultureInfo.InvariantCulture), (string?)request["reference"]);
        var personalisation = request["personalisation"]!.AsObject();
        Assert.Equal("Riverside Primary", (string?)personalisation["school_name"]);
        Assert.Equal("Test message from Northshire County Council", (string?)personalisation["subject"]);
        Assert.Equal("Northshire County Council", (string?)personalisation["site_name"]);
        Assert.Equal("https://perspective.test/", (string?)personalisation["portal_link"]);
        Assert.Equal(4, personalisation.Count);
        Assert.Equal(OutboxState.Sent, message.State);
    }

    [Fact]
    public async Task AKindWithoutATemplateId_IsDeadLetteredAfterItsAttempts_WithAClearError_AndNothingReachesNotify()
    {
        await _factory.SaveAsync(EmailSettingsForms.NotifyAnswers(null));
        await _factory.QueueAsync("head@school.test");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await _factory.DrainAsync();
            _factory.Clock.Advance(TimeSpan.FromHours(1));
        }

        var message = Assert.Single(await _factory.OutboxAsync());
        Assert.Equal(OutboxState.DeadLetter, message.State);
        Assert.Equal(3, message.Attempts);
        Assert.Equal("No GOV.UK Notify template is set for email.test", message.LastError);
        Assert.Empty(_notify.Received);
    }

    [Fact]
    public async Task AnErrorFromNotify_KeepsTheMessageQueued_WithTheStatusAndMessage()
    {
        await _factory.SaveAsync(EmailSettingsForms.NotifyAnswers(TemplateId));
        _notify.Failure = (400, "BadRequestError", "Missing personalisation: first_name");
        await _factory.QueueAsync("head@school.test");

        await _factory.DrainAsync();

        var message = Assert.Single(await _factory.OutboxAsync());
        Assert.Equal(OutboxState.Queued, message.State);
        Assert.StartsWith("GOV.UK Notify refused the message: Status code 400", message.LastError, StringComparison.Ordinal);
        Assert.Contains("Missing personalisation: first_name", message.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithNotifyUnreachable_TheMessageStaysQueued_WithAClearError()
    {
        await _factory.SaveAsync(EmailSettingsForms.NotifyAnswers(TemplateId));
        await _notify.DisposeAsync();
        await _factory.QueueAsync("head@school.test");

        await _factory.DrainAsync();

        var message = Assert.Single(await _factory.OutboxAsync());
        Assert.Equal(OutboxState.Queued, message.State);
        Assert.StartsWith("Could not reach GOV.UK Notify", message.LastError, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _notify.DisposeAsync();
    }

    private async Task QueueAsync(string address, Dictionary<string, string> values)
    {
        await using var scope = await _factory.TenantScopeAsync();
        await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().QueueAsync("email.test", new EmailRecipient(address), values);
        await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync();
    }
}
