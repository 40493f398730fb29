using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Perspective.Core.Security;
using Perspective.Email.Outbox;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Email.Outbox;

/// <summary>
/// The outbox page: an LA admin sees what was sent and what failed, and tries dead letters again.
/// One host for the class; each test in a tenant of its own on it, sending through an SMTP server
/// of its own. The tests move the shared clock only forwards and compare times within their own
/// tenant, so no test's times depend on another's.
/// </summary>
public sealed partial class OutboxPageTests(EmailFactory factory) : IClassFixture<EmailFactory>, IAsyncLifetime
{
    private const string PagePath = "/admin/email/outbox";

    private readonly SmtpTestServer _smtp = new();
    private readonly EmailFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    [Fact]
    public async Task TheOutbox_CountsMessagesByState_AndListsThemNewestFirst_WithoutTheirBodies()
    {
        await _factory.UseSmtpAsync(_smtp.Port);
        var dead = await DeadLetterAsync("dead@school.test");
        _smtp.Start();
        await QueueAtNextMinuteAsync("sent@school.test");
        await _factory.DrainAsync();
        await QueueAtNextMinuteAsync("waiting@school.test");

        var html = await HtmlAsync(await Admin().GetAsync(PagePath));

        Assert.Equal("1", Count(html, "Queued"));
        Assert.Equal("1", Count(html, "Sent"));
        Assert.Equal("1", Count(html, "DeadLetter"));
        Assert.Equal(["waiting@school.test", "sent@school.test", "dead@school.test"], Recipients(html));
        Assert.Contains("Could not connect to the SMTP server", Row(html, dead.Id), StringComparison.Ordinal);
        Assert.Contains("Dead letter", Row(html, dead.Id), StringComparison.Ordinal);
        Assert.Contains("Test message", Row(html, dead.Id), StringComparison.Ordinal);
        Assert.DoesNotContain("If you can read this", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_ByStateAndRecipient_ShowsOnlyMatches_AndKeepsTheAddressOutOfTheUrl()
    {
        await _factory.UseSmtpAsync(_smtp.Port);
        await DeadLetterAsync("dead@riverside.test");
        await DeadLetterAsync("dead@hilltop.test");
        await QueueAtNextMinuteAsync("waiting@riverside.test");
        var client = Admin();

        var filtered = await client.SubmitAsync(PagePath, new Dictionary<string, string> { ["State"] = "DeadLetter", ["Recipient"] = "RIVERSIDE" }, postPath: PagePath + "?handler=Filter");
        var location = filtered.Headers.Location!.ToString();
        var html = await HtmlAsync(await client.GetAsync(location));

        Assert.Equal(HttpStatusCode.Redirect, filtered.StatusCode);
        Assert.Contains("State=DeadLetter", location, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("riverside", location, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["dead@riverside.test"], Recipients(html));
        Assert.Equal("RIVERSIDE", Regex.Match(html, "id=\"Recipient\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);
    }

    [Fact]
    public async Task ALongOutbox_IsShownInPagesOf25()
    {
        await _factory.QueueAsync("head@school.test", count: 26);

        var first = await HtmlAsync(await Admin().GetAsync(PagePath));
        var second = await HtmlAsync(await Admin().GetAsync(PagePath + "?pageNumber=2"));
        var beyond = await Admin().GetAsync(PagePath + "?pageNumber=3");

        Assert.Equal(25, Recipients(first).Count);
        Assert.Contains("class=\"govuk-pagination\"", first, StringComparison.Ordinal);
        Assert.Single(Recipients(second));
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Fact]
    public async Task AHeadteacher_IsForbidden_TheOutbox()
    {
        var page = await _factory.ClientFor("Hetty Head", BuiltInRoles.Headteacher).GetAsync(PagePath);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    public Task DisposeAsync()
    {
        _smtp.Dispose();
        return Task.CompletedTask;
    }

    private HttpClient Admin() => _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

    /// <summary>Queues a message while the SMTP server is down and fails it until it is dead-lettered; leaves the server down.</summary>
    private async Task<OutboxEmail> DeadLetterAsync(string address)
    {
        _smtp.Stop();
        await QueueAtNextMinuteAsync(address);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await _factory.DrainAsync();
            _factory.Clock.Advance(TimeSpan.FromHours(1));
        }

        var dead = (await _factory.OutboxAsync()).Single(m => m.ToAddress == address);
        Assert.Equal(OutboxState.DeadLetter, dead.State);
        return dead;
    }

    /// <summary>Queues a message a minute after the last, so that "newest first" has one answer.</summary>
    private async Task QueueAtNextMinuteAsync(string address)
    {
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await _factory.QueueAsync(address);
    }

    private static string Count(string html, string state) =>
        Regex.Match(html, $"data-testid=\"count-{state}\">([^<]*)<").Groups[1].Value;

    private static List<string> Recipients(string html) =>
        RowPattern().Matches(html).Select(m => Regex.Match(m.Value, "<td[^>]*>([^<]*@[^<]*)</td>").Groups[1].Value).ToList();

    private static string Row(string html, long id) =>
        RowPattern().Matches(html).Single(m => m.Value.Contains($"data-testid=\"message-{id}\"", StringComparison.Ordinal)).Value;

    private static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<tr[^>]*data-testid=\"message-\\d+\"[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();
}
