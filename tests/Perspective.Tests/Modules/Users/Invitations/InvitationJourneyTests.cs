using System.Net;
using Perspective.Core.Accounts;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Users.Invitations;

/// <summary>One host for the class; each test in a tenant of its own on it, with an SMTP server of its own.</summary>
public sealed class InvitationJourneyTests(UsersFactory factory) : IClassFixture<UsersFactory>, IAsyncLifetime
{
    private readonly UsersFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Invitation_ReadFromTheSmtpServer_FollowedToSetAPassword_SignsThePersonIn()
    {
        await _factory.StartAsync();

        var sent = await UsersFactory.InviteAsync(_factory.LaAdmin(), "sam.smith@school.test");
        var confirmation = await _factory.CreateClient().GetAsync("/");
        await _factory.DrainAsync();
        var message = Assert.Single(_factory.Smtp.Messages);
        var link = _factory.LinkIn(message.TextBody);
        var invited = await _factory.UserAsync("sam.smith@school.test");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/admin/users/invite/sent", sent.Headers.Location?.OriginalString);
        Assert.Equal("sam.smith@school.test", message.To.Mailboxes.Single().Address);
        Assert.Contains("Ann Admin has invited you", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Northshire Primary School", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("7 December 2026", message.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("/activate/", link, StringComparison.Ordinal);
        Assert.NotNull(invited);
        Assert.Equal(AccountStatus.Invited, invited.Status);
        Assert.Null(invited.PasswordHash);
        Assert.Equal(UsersFactory.SchoolId, invited.OrganisationId);
        Assert.DoesNotContain((await _factory.TokensAsync()).Single().TokenHash, link, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmation.StatusCode);

        var browser = _factory.CreateClient();
        var page = await browser.GetStringAsync(link);
        var activated = await browser.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Password"] = UsersFactory.StrongPassword,
            ["ConfirmPassword"] = UsersFactory.StrongPassword,
        });
        var account = await browser.GetAsync("/account");
        var user = await _factory.UserAsync("sam.smith@school.test");

        Assert.Contains("Create your password", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Contains(activated.Headers.GetValues("Set-Cookie"), c => c.StartsWith(_factory.AuthCookie + "=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains("sam.smith@school.test", await account.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(AccountStatus.Active, user!.Status);
        Assert.True(user.EmailConfirmed);
        Assert.NotNull((await _factory.TokensAsync()).Single().UsedUtc);
        Assert.Equal(["users.invited", "users.activated"], (await _factory.AuditActionsAsync()).Where(a => a.StartsWith("users.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CheckAnswers_ShowsTheAnswers_AndTheSentPageShowsThePanel()
    {
        await _factory.StartAsync();
        var admin = _factory.LaAdmin();

        await admin.SubmitAsync("/admin/users/invite", new Dictionary<string, string>
        {
            ["Organisation"] = "100001", ["FullName"] = "Sam Smith", ["Email"] = "sam.smith@school.test", ["Role"] = "School user",
        });
        var check = await admin.GetStringAsync("/admin/users/invite/check-answers");
        await admin.SubmitAsync("/admin/users/invite/check-answers", new Dictionary<string, string>());
        var sent = await admin.GetStringAsync("/admin/users/invite/sent");

        Assert.Contains("Northshire Primary School", check, StringComparison.Ordinal);
        Assert.Contains("sam.smith@school.test", check, StringComparison.Ordinal);
        Assert.Contains("School user", check, StringComparison.Ordinal);
        Assert.Contains("govuk-panel--confirmation", sent, StringComparison.Ordinal);
        Assert.Contains("Invitation sent", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InviteForm_PrefillsTheOrganisation_AndOffersTheRolesOfASchool()
    {
        await _factory.StartAsync();

        var html = await _factory.LaAdmin().GetStringAsync("/admin/users/invite?organisation=school-100001");

        Assert.Contains("value=\"school-100001\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Headteacher\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"School staff\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"LA admin\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Platform admin\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyForm_GetsAnErrorForEachField_AndCreatesNothing()
    {
        await _factory.StartAsync();

        var response = await _factory.LaAdmin().SubmitAsync("/admin/users/invite", new Dictionary<string, string>());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: Invite someone", html, StringComparison.Ordinal);
        Assert.Contains("Enter the school or team&#x27;s id, URN or DfE number", html, StringComparison.Ordinal);
        Assert.Contains("Enter their full name", html, StringComparison.Ordinal);
        Assert.Contains("Enter their email address", html, StringComparison.Ordinal);
        Assert.Contains("Select a role", html, StringComparison.Ordinal);
        Assert.Empty(await _factory.QueryAsync(db => Task.FromResult(db.Users.ToList())));
    }

    [Theory]
    [InlineData("Organisation", "999999", "There is no school or team with that id, URN or DfE number")]
    [InlineData("Email", "not-an-address", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("Role", "LA admin", "Select a role for Northshire Primary School")]
    [InlineData("Role", "Platform admin", "Select a role for Northshire Primary School")]
    public async Task BadAnswer_GetsItsMessage_AndCreatesNothing(string field, string value, string message)
    {
        await _factory.StartAsync();
        var fields = new Dictionary<string, string>
        {
            ["Organisation"] = UsersFactory.SchoolId, ["FullName"] = "Sam Smith", ["Email"] = "sam.smith@school.test", ["Role"] = "School user",
            [field] = value,
        };

        var response = await _factory.LaAdmin().SubmitAsync("/admin/users/invite", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message).Replace("&#39;", "&#x27;", StringComparison.Ordinal), html, StringComparison.Ordinal);
        Assert.Null(await _factory.UserAsync("sam.smith@school.test"));
    }

    [Fact]
    public async Task SharedMailbox_IsRefused_WithTheReason()
    {
        await _factory.StartAsync();

        var response = await UsersFactory.InviteAsync(_factory.LaAdmin(), "Office@school.test");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not a shared mailbox: each person needs their own account so the portal can record who did what", html, StringComparison.Ordinal);
        Assert.Null(await _factory.UserAsync("office@school.test"));
    }

    [Fact]
    public async Task SharedMailboxes_ComeFromTheTenantsSetting()
    {
        await _factory.StartAsync();
        await using (var scope = await _factory.TenantScopeAsync())
        {
            var settings = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Perspective.Core.Settings.ISiteSettings>(scope.ServiceProvider);
            await settings.SetAsync("users.sharedMailboxes", "staffroom");
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Perspective.Core.Data.TenantDbContext>(scope.ServiceProvider).SaveChangesAsync();
        }

        var refused = await UsersFactory.InviteAsync(_factory.LaAdmin(), "staffroom@school.test");
        var allowed = await UsersFactory.InviteAsync(_factory.LaAdmin(), "office@school.test");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
    }

    [Fact]
    public async Task AnAddressThatHasAnAccount_IsRefused_AndNothingIsSent()
    {
        await _factory.StartAsync();
        await UsersFactory.InviteAsync(_factory.LaAdmin(), "sam.smith@school.test");

        var second = await UsersFactory.InviteAsync(_factory.LaAdmin(), "SAM.SMITH@school.test", name: "Another Sam");
        await _factory.DrainAsync();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("An account already exists for this email address", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, _factory.Smtp.Count);
        Assert.Single(await _factory.QueryAsync(db => Task.FromResult(db.Users.ToList())));
    }

    [Fact]
    public async Task InvitationToAnLaTeam_OffersLaRoles()
    {
        await _factory.StartAsync();

        var html = await _factory.LaAdmin().GetStringAsync("/admin/users/invite?organisation=" + UsersFactory.TeamId);
        var sent = await UsersFactory.InviteAsync(_factory.LaAdmin(), "lee.officer@la.test", "LA officer", UsersFactory.TeamId);

        Assert.Contains("value=\"Virtual School officer\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Headteacher\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
    }

    [Fact]
    public async Task SomeoneWithoutTheRight_CannotInvite()
    {
        await _factory.StartAsync();

        var response = await _factory.ClientForOrganisation("Sue Staff", UsersFactory.SchoolId, "School staff").GetAsync("/admin/users/invite");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
