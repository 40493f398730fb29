using System.Net;
using Perspective.Core.Accounts;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Invitations;
using Perspective.Users.Passwords;

namespace Perspective.Tests.Modules.Users.Passwords;

/// <summary>One host for the class; each test in a tenant of its own on it, with an SMTP server of its own.</summary>
public sealed class PasswordPolicyTests(UsersFactory factory) : IClassFixture<UsersFactory>, IAsyncLifetime
{
    private const string Email = "sam.smith@school.test";

    private readonly UsersFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("short", "Password must be 12 characters or more")]
    [InlineData("password1234", "Choose a password that is harder to guess: this one is on a list of common passwords")]
    [InlineData("QwertyQwerty", "Choose a password that is harder to guess: this one is on a list of common passwords")]
    [InlineData("sam.smith@school.test", "Your password must not contain your email address")]
    [InlineData("my name is SAM.SMITH ok", "Your password must not contain your email address")]
    public async Task Activation_WithAPasswordThePolicyRefuses_SaysWhy_AndChangesNothing(string password, string message)
    {
        var link = await InviteAsync();

        var response = await _factory.CreateClient().SubmitAsync(link, new Dictionary<string, string> { ["Password"] = password, ["ConfirmPassword"] = password });
        var html = await response.Content.ReadAsStringAsync();
        var user = await _factory.UserAsync(Email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: Create your password", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(AccountStatus.Invited, user!.Status);
        Assert.Null(user.PasswordHash);
        Assert.Null(Assert.Single(await _factory.TokensAsync()).UsedUtc);
    }

    [Fact]
    public async Task Activation_WithPasswordsThatDoNotMatch_SaysSo()
    {
        var link = await InviteAsync();

        var response = await _factory.CreateClient().SubmitAsync(link, new Dictionary<string, string>
        {
            ["Password"] = UsersFactory.StrongPassword,
            ["ConfirmPassword"] = UsersFactory.StrongPassword + "!",
        });

        Assert.Contains("The passwords do not match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await _factory.UserAsync(Email))!.PasswordHash);
    }

    [Fact]
    public async Task Activation_WithAPasswordOver1024Characters_IsRefused_ButALongPassphraseIsFine()
    {
        var link = await InviteAsync();
        var tooLong = new string('x', 1025);
        var long1024 = string.Concat(Enumerable.Repeat("walrus ", 146)) + "ab";

        var refused = await _factory.CreateClient().SubmitAsync(link, new Dictionary<string, string> { ["Password"] = tooLong, ["ConfirmPassword"] = tooLong });
        var accepted = await _factory.CreateClient().SubmitAsync(link, new Dictionary<string, string> { ["Password"] = long1024, ["ConfirmPassword"] = long1024 });

        Assert.Equal(1024, long1024.Length);
        Assert.Contains("Password must be 1024 characters or fewer", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public void CommonPasswordList_IsShippedWithTheModule_AndComparedWithoutRegardToCase()
    {
        Assert.True(CommonPasswords.Count > 10_000);
        Assert.True(CommonPasswords.Contains("PASSWORD1234"));
        Assert.True(CommonPasswords.Contains("1q2w3e4r5t6y"));
        Assert.False(CommonPasswords.Contains(UsersFactory.StrongPassword));
    }

    private async Task<string> InviteAsync()
    {
        await _factory.StartAsync();
        await UsersFactory.InviteAsync(_factory.LaAdmin(), Email);
        return await _factory.LinkSentToAsync(Email);
    }
}
