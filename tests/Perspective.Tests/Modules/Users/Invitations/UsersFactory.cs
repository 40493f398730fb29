using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Organisations.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Email;
using Perspective.Users.Data;

namespace Perspective.Tests.Modules.Users.Invitations;

/// <summary>
/// A host that sends email to a real SMTP server, on a clock the test moves, with organisations
/// the test adds (read back through the organisations module's directory).
/// </summary>
public sealed partial class UsersFactory : EmailFactory
{
    public const string SchoolId = "school-100001";
    public const string OtherSchoolId = "school-100002";
    public const string TeamId = "team-school-improvement";
    public const string StrongPassword = "tractor purple windowsill jam";

    public UsersFactory()
    {
        // The sign-in limit counts every request from the test process as one address; a host shared
        // by a class's tests signs in more often in a minute than one person would. SignInRateLimitOnItsOwnHostTests tests the limit.
        With("Perspective:Security:SignInAttemptsPerMinute", "1000");
    }

    /// <summary>The SMTP server the current tenant sends to: each tenant <see cref="PerspectiveFactory.UseFreshTenantAsync"/> makes gets one of its own, so a test reads only its own mail.</summary>
    public SmtpTestServer Smtp { get; private set; } = new();

    /// <summary>Points email at the SMTP server and adds a Full school, a second school and an LA team.</summary>
    public async Task StartAsync()
    {
        await UseSmtpAsync(Smtp.Port);
        await AddOrganisationAsync(SchoolId, "Northshire Primary School", OrganisationKind.School, 100001, "1234567", SchoolEdition.Full);
        await AddOrganisationAsync(OtherSchoolId, "Southgate Academy", OrganisationKind.School, 100002, "1234568", SchoolEdition.Full);
        await AddOrganisationAsync(TeamId, "School Improvement", OrganisationKind.LaTeam, null, null, null);
    }

    public async Task AddOrganisationAsync(string id, string name, OrganisationKind kind, int? urn, string? dfeNumber, SchoolEdition? edition, int? accountLimit = null)
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        db.Set<Organisation>().Add(new Organisation
        {
            Id = id,
            Kind = kind,
            Name = name,
            Urn = urn,
            DfeNumber = dfeNumber,
            Edition = edition,
            AccountLimitOverride = accountLimit,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>An LA admin (through the test header) inviting someone through the pages: the form, then check your answers.</summary>
    public static async Task<HttpResponseMessage> InviteAsync(HttpClient client, string email, string role = "School user", string? organisation = SchoolId, string name = "Sam Smith")
    {
        var fields = new Dictionary<string, string> { ["FullName"] = name, ["Email"] = email, ["Role"] = role };
        if (organisation is not null)
        {
            fields["Organisation"] = organisation;
        }

        var form = await client.SubmitAsync("/admin/users/invite", fields);
        if (form.StatusCode != HttpStatusCode.Redirect)
        {
            return form;
        }

        Assert.Equal("/admin/users/invite/check-answers", form.Headers.Location?.OriginalString);
        return await client.SubmitAsync("/admin/users/invite/check-answers", new Dictionary<string, string>());
    }

    public HttpClient LaAdmin() => this.ClientFor("Ann Admin", "LA admin");

    /// <summary>
    /// Sends what is queued and returns the path of the link in the latest message to the address,
    /// as the SMTP server received it (the server does not keep arrival order, so the outbox says which is latest).
    /// </summary>
    public async Task<string> LinkSentToAsync(string address)
    {
        await DrainAsync();
        var latest = (await OutboxAsync()).Last(m => m.ToAddress == address);
        return LinkIn((await DeliveredAsync(latest.Id)).TextBody);
    }

    /// <summary>
    /// The message the SMTP server received for an outbox row (whose id is in its Message-Id), waiting
    /// for it: once sent, the outbox keeps no content to read it from.
    /// </summary>
    public async Task<MimeKit.MimeMessage> DeliveredAsync(long outboxId)
    {
        var prefix = $"outbox-{outboxId}-";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        MimeKit.MimeMessage? message;
        while ((message = Smtp.Messages.FirstOrDefault(m => m.MessageId?.StartsWith(prefix, StringComparison.Ordinal) == true)) is null)
        {
            Assert.True(DateTime.UtcNow < deadline, $"No message {prefix}... reached the SMTP server.");
            await Task.Delay(50);
        }

        return message;
    }

    /// <summary>The messages the SMTP server received for an address, in no particular order.</summary>
    public IReadOnlyList<MimeKit.MimeMessage> SentTo(string address) =>
        Smtp.Messages.Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();

    /// <summary>The path of the last link in the text to the tenant the factory points at (by its host name).</summary>
    public string LinkIn(string? text) =>
        LinkPattern().Matches(text ?? "").LastOrDefault(m => m.Groups[1].Value == ClientOptions.BaseAddress.Host) is { } match
            ? match.Groups[2].Value
            : throw new InvalidOperationException($"No link to {ClientOptions.BaseAddress.Host} in: " + text);

    public Task<PerspectiveUser?> UserAsync(string email)
    {
        var normalized = email.ToUpperInvariant();
        return this.QueryAsync(db => db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized));
    }

    /// <summary>How many forgotten-password requests have been handled: each ends in one audit event, email or not.</summary>
    public Task<int> ResetRequestsHandledAsync() =>
        this.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Action == "users.password-reset-requested" || e.Action == "users.password-reset-not-sent"));

    /// <summary>Waits (up to 30 seconds) until <paramref name="count"/> forgotten-password requests have been handled after the page answered.</summary>
    public async Task WaitForResetRequestsHandledAsync(int count)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await ResetRequestsHandledAsync() < count)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"Fewer than {count} forgotten-password requests were handled.");
            await Task.Delay(50);
        }
    }

    public Task<List<AccountToken>> TokensAsync() =>
        this.QueryAsync(db => db.Set<AccountToken>().AsNoTracking().OrderBy(t => t.Id).ToListAsync());

    protected override Task SeedTenantAsync(string tenantName)
    {
        Smtp.Dispose();
        Smtp = new SmtpTestServer();
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }

    [GeneratedRegex(@"https://([a-z0-9.\-]*perspective\.test)(/[A-Za-z0-9/_\-]+)")]
    private static partial Regex LinkPattern();
}
