using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Accounts;
using Perspective.Tests.Infrastructure;
using Perspective.Users.Account;
using Perspective.Users.Data;

namespace Perspective.Tests.Modules.Users.Invitations;

public sealed class SqliteActivationRaceTests : ActivationRaceTests;

/// <summary>On a PostgreSQL database of its own for each test (each test adds the same organisations).</summary>
public sealed class PostgresActivationRaceTests : ActivationRaceTests
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

/// <summary>An invitation link is used once, even by two requests that arrive together.</summary>
public abstract class ActivationRaceTests : IAsyncLifetime
{
    private const string Email = "sam.smith@school.test";
    private const string OtherPassword = "another long passphrase here";

    protected UsersFactory Factory { get; } = new();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TwoActivations_PostedTogether_ExactlyOneSetsThePassword_TheOtherSeesTheExpiredPage()
    {
        var link = await InviteAsync();
        var first = await FormAsync(link, UsersFactory.StrongPassword);
        var second = await FormAsync(link, OtherPassword);

        var responses = await Task.WhenAll(first.Client.PostAsync(link, first.Form), second.Client.PostAsync(link, second.Form));

        var winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var loser = Assert.Single(responses, r => r != winner);
        Assert.Equal(HttpStatusCode.OK, loser.StatusCode);
        Assert.Contains(AccountTokens.LinkUsed, await loser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var winningPassword = winner == responses[0] ? UsersFactory.StrongPassword : OtherPassword;
        Assert.True(await PasswordIsAsync(winningPassword));
        Assert.Single(await Factory.AuditActionsAsync(), a => a == "users.activated");
        Assert.NotNull(Assert.Single(await Factory.TokensAsync()).UsedUtc);
    }

    [Fact]
    public async Task TwoRequests_ThatBothFoundTheLinkUsable_CannotBothUseIt()
    {
        var link = await InviteAsync();
        var token = link.Split('/')[^1];
        await using var one = await Factory.TenantScopeAsync();
        await using var two = await Factory.TenantScopeAsync();
        var tokensOne = one.ServiceProvider.GetRequiredService<AccountTokens>();
        var tokensTwo = two.ServiceProvider.GetRequiredService<AccountTokens>();
        var foundOne = await tokensOne.FindUsableAsync(token, AccountTokenPurpose.Invitation);
        var foundTwo = await tokensTwo.FindUsableAsync(token, AccountTokenPurpose.Invitation);

        var used = await Task.WhenAll(tokensOne.UseAndSaveAsync(foundOne!.Token), tokensTwo.UseAndSaveAsync(foundTwo!.Token));

        Assert.Single(used, u => u);
        Assert.NotNull(Assert.Single(await Factory.TokensAsync()).UsedUtc);
    }

    private async Task<string> InviteAsync()
    {
        await Factory.StartAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await UsersFactory.InviteAsync(Factory.LaAdmin(), Email)).StatusCode);
        return await Factory.LinkSentToAsync(Email);
    }

    /// <summary>A browser with the activation page open and its form filled in, not yet sent.</summary>
    private async Task<(HttpClient Client, FormUrlEncodedContent Form)> FormAsync(string link, string password)
    {
        var client = Factory.CreateClient();
        var token = await client.AntiforgeryTokenAsync(link);
        return (client, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Password"] = password,
            ["ConfirmPassword"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    private async Task<bool> PasswordIsAsync(string password)
    {
        await using var scope = await Factory.TenantScopeAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PerspectiveUser>>();
        var user = await users.Users.AsNoTracking().SingleAsync(u => u.Email == Email);
        return await users.CheckPasswordAsync(user, password);
    }
}
