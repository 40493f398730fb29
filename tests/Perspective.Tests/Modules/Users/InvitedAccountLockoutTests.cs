using System.Net;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Invitations;

namespace Perspective.Tests.Modules.Users;

public sealed class SqliteInvitedAccountLockoutTests : InvitedAccountLockoutTests;

/// <summary>On a PostgreSQL database of its own for each test (both tests add the same organisations).</summary>
public sealed class PostgresInvitedAccountLockoutTests : InvitedAccountLockoutTests
{
    private readonly PostgresDatabase _database = new();

    public override async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        Factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", _database.ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}

/// <summary>
/// An account made by invitation (not through Identity's CreateAsync) is locked out like any other,
/// after wrong passwords and after wrong two-factor codes.
/// </summary>
public abstract class InvitedAccountLockoutTests : IAsyncLifetime
{
    private const string Email = "sam.smith@school.test";

    protected UsersFactory Factory { get; } = new();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task InvitedAccount_AfterActivation_FiveWrongPasswords_LockIt_SoEvenTheRightOneIsRefused()
    {
        await InviteAndActivateAsync("School user");
        var client = Factory.CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SubmitAsync("/sign-in", Credentials($"wrong password number {attempt}"));
        }

        var right = await client.SubmitAsync("/sign-in", Credentials(UsersFactory.StrongPassword));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Enter a correct email address and password", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
        var user = await Factory.UserAsync(Email);
        Assert.True(user!.LockoutEnabled);
        Assert.NotNull(user.LockoutEnd);
        Assert.Single(await Factory.AuditActionsAsync(), a => a == "users.locked-out");
    }

    [Fact]
    public async Task InvitedAccount_AfterActivation_FiveWrongTwoFactorCodes_LockIt_SoEvenTheRightCodeIsRefused()
    {
        var key = await InviteAndActivateAsync("Headteacher");
        var client = Factory.CreateClient();
        await client.SubmitAsync("/sign-in", Credentials(UsersFactory.StrongPassword));
        var wrong = TwoFactorCodes.CodeFor(key, Factory.Clock.GetUtcNow().UtcDateTime.AddHours(1));
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SubmitAsync("/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = wrong });
        }

        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var right = await client.SubmitAsync("/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = TwoFactorCodes.CodeFor(key, Factory.Clock.GetUtcNow().UtcDateTime) });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("You have entered too many wrong codes", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
        Assert.True((await Factory.UserAsync(Email))!.LockoutEnabled);
        Assert.Single(await Factory.AuditActionsAsync(), a => a == "users.locked-out");
    }

    private static Dictionary<string, string> Credentials(string password) => new() { ["Email"] = Email, ["Password"] = password };

    /// <summary>
    /// Invites someone through the pages and activates the account from the emailed link, setting up
    /// two-factor when the role needs it; returns the authenticator key, or "" when none was set up.
    /// </summary>
    private async Task<string> InviteAndActivateAsync(string role)
    {
        await Factory.StartAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await UsersFactory.InviteAsync(Factory.LaAdmin(), Email, role)).StatusCode);
        var link = await Factory.LinkSentToAsync(Email);
        var browser = Factory.CreateClient();
        var activated = await browser.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Password"] = UsersFactory.StrongPassword,
            ["ConfirmPassword"] = UsersFactory.StrongPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        if (activated.Headers.Location?.OriginalString.StartsWith("/sign-in/set-up-two-factor", StringComparison.Ordinal) != true)
        {
            return "";
        }

        var html = await browser.GetStringAsync(activated.Headers.Location!.OriginalString);
        var key = TwoFactorCodes.KeyOnPage(html);
        var setUp = await browser.SubmitAsync("/sign-in/set-up-two-factor", new Dictionary<string, string>
        {
            ["SealedKey"] = TwoFactorCodes.SealedKey(html),
            ["Code"] = TwoFactorCodes.CodeFor(key, Factory.Clock.GetUtcNow().UtcDateTime),
        });
        Assert.True(setUp.IsSuccessStatusCode, $"Setting up two-factor answered {setUp.StatusCode}.");
        return key;
    }
}
