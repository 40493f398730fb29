using System.Net;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Users.Invitations;

/// <summary>One host for the class; each test in a tenant of its own on it, with an SMTP server of its own.</summary>
public sealed class InvitationLinkTests(UsersFactory factory) : IClassFixture<UsersFactory>, IAsyncLifetime
{
    private const string Email = "sam.smith@school.test";
    private const string Expired = "This link has expired or has already been used";

    private readonly UsersFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task InvitationLink_AfterEightDays_ShowsTheExpiredPage_AndTheAccountStaysInvited()
    {
        var link = await InviteAsync();
        _factory.Clock.Advance(TimeSpan.FromDays(8));

        var page = await _factory.CreateClient().GetStringAsync(link);
        var post = await _factory.CreateClient().PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Contains(Expired, page, StringComparison.Ordinal);
        Assert.Contains("Ask the person who invited you to send you a new invitation", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Password\"", page, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Null((await _factory.UserAsync(Email))!.ActivatedUtc);
    }

    [Fact]
    public async Task InvitationLink_UsedOnce_ShowsTheExpiredPage_OnGetAndPost()
    {
        var link = await InviteAsync();
        await ActivateAsync(_factory.CreateClient(), link);
        var hashAfterFirstUse = (await _factory.UserAsync(Email))!.PasswordHash;

        var browser = _factory.CreateClient();
        var page = await browser.GetStringAsync(link);
        var token = await browser.AntiforgeryTokenAsync("/sign-in");
        var second = await browser.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Password"] = "another long passphrase here",
            ["ConfirmPassword"] = "another long passphrase here",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Contains(Expired, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains(Expired, await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(hashAfterFirstUse, (await _factory.UserAsync(Email))!.PasswordHash);
    }

    [Fact]
    public async Task UnknownToken_ShowsTheExpiredPage()
    {
        await _factory.StartAsync();

        var page = await _factory.CreateClient().GetStringAsync("/activate/nothing-like-a-real-token-at-all-0000000000");

        Assert.Contains(Expired, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resend_SendsANewLink_AndTheOldOneStopsWorking()
    {
        var oldLink = await InviteAsync();
        var user = await _factory.UserAsync(Email);
        var admin = _factory.LaAdmin();

        var resent = await admin.SubmitAsync($"/admin/users/{user!.Id}/invitation", new Dictionary<string, string>(), $"/admin/users/{user.Id}/invitation?handler=Resend");
        var newLink = await _factory.LinkSentToAsync(Email);
        var page = await admin.GetStringAsync($"/admin/users/{user.Id}/invitation");

        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.NotEqual(oldLink, newLink);
        Assert.Equal(2, _factory.Smtp.Count);
        Assert.Contains("A new invitation has been sent to sam.smith@school.test", page, StringComparison.Ordinal);
        Assert.Contains("Sent, waiting for them to create a password", page, StringComparison.Ordinal);
        Assert.Contains(Expired, await _factory.CreateClient().GetStringAsync(oldLink), StringComparison.Ordinal);
        Assert.Contains("Create your password", await _factory.CreateClient().GetStringAsync(newLink), StringComparison.Ordinal);
        Assert.Contains("users.invitation-resent", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task InvitationPage_SaysWhenTheLinkHasExpired()
    {
        await InviteAsync();
        var user = await _factory.UserAsync(Email);
        _factory.Clock.Advance(TimeSpan.FromDays(8));

        var page = await _factory.LaAdmin().GetStringAsync($"/admin/users/{user!.Id}/invitation");

        Assert.Contains(">Expired<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_AfterConfirming_DeletesTheAccount_AndTheLinkStopsWorking()
    {
        var link = await InviteAsync();
        var user = await _factory.UserAsync(Email);
        var admin = _factory.LaAdmin();

        var confirm = await admin.GetStringAsync($"/admin/users/{user!.Id}/invitation/cancel");
        var cancelled = await admin.SubmitAsync($"/admin/users/{user.Id}/invitation/cancel", new Dictionary<string, string>());

        Assert.Contains("their account will be deleted", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("has been cancelled", await admin.GetStringAsync(cancelled.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Null(await _factory.UserAsync(Email));
        Assert.All(await _factory.TokensAsync(), t => Assert.NotNull(t.CancelledUtc));
        Assert.Contains(Expired, await _factory.CreateClient().GetStringAsync(link), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/users/{user.Id}/invitation")).StatusCode);
        Assert.Contains("users.invitation-cancelled", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task InvitationPage_OfAnActivatedAccount_Is404()
    {
        var link = await InviteAsync();
        await ActivateAsync(_factory.CreateClient(), link);
        var user = await _factory.UserAsync(Email);

        var response = await _factory.LaAdmin().GetAsync($"/admin/users/{user!.Id}/invitation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ActivatedAccount_CanSignInWithItsPassword()
    {
        var link = await InviteAsync();
        await ActivateAsync(_factory.CreateClient(), link);

        var signIn = await _factory.CreateClient().SignInAsync(Email, UsersFactory.StrongPassword);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task InvitedHeadteacher_AfterSettingAPassword_IsSentToSetUpTwoFactor()
    {
        await _factory.StartAsync();
        await UsersFactory.InviteAsync(_factory.LaAdmin(), "new.head@school.test", role: "Headteacher");
        var link = await _factory.LinkSentToAsync("new.head@school.test");

        var response = await _factory.CreateClient().SubmitAsync(link, new Dictionary<string, string>
        {
            ["Password"] = UsersFactory.StrongPassword,
            ["ConfirmPassword"] = UsersFactory.StrongPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in/set-up-two-factor", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.NotNull((await _factory.UserAsync("new.head@school.test"))!.ActivatedUtc);
    }

    private async Task<string> InviteAsync()
    {
        await _factory.StartAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await UsersFactory.InviteAsync(_factory.LaAdmin(), Email)).StatusCode);
        return await _factory.LinkSentToAsync(Email);
    }

    private static async Task ActivateAsync(HttpClient browser, string link)
    {
        var response = await browser.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Password"] = UsersFactory.StrongPassword,
            ["ConfirmPassword"] = UsersFactory.StrongPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
