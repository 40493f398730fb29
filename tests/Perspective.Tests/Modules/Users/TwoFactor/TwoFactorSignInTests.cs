using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;
using Infrastructure = Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Users.TwoFactor;

public sealed class TwoFactorSignInTests : IDisposable
{
    private const string Head = "hetty.head@school.test";
    private const string SetUpPath = "/sign-in/set-up-two-factor";
    private readonly ClockFactory _factory = new();

    private DateTime Now => _factory.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task ARoleThatRequiresTwoFactor_MustSetItUp_BeforeBeingSignedIn()
    {
        await _factory.CreateAccountAsync(Head, [BuiltInRoles.Headteacher]);
        var client = _factory.CreateClient();

        var afterPassword = await client.SubmitAsync("/sign-in", Credentials(Head));
        var meanwhile = await client.GetAsync("/account/two-factor");
        var setUp = await client.SetUpTwoFactorAsync(SetUpPath, utc: Now);
        var html = await setUp.Content.ReadAsStringAsync();

        Assert.Equal(SetUpPath, afterPassword.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, meanwhile.StatusCode);
        Assert.Contains("/sign-in", meanwhile.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(10, TwoFactorCodes.RecoveryCodesOnPage(html).Distinct().Count());
        Assert.Contains("<strong class=\"govuk-tag govuk-tag--green\">On</strong>", await client.GetStringAsync("/account/two-factor"), StringComparison.Ordinal);
        Assert.Contains("users.two-factor.enabled", await _factory.AuditActionsAsync());
        Assert.True(await _factory.QueryAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.True(await _factory.QueryAsync(db => db.Set<Perspective.Users.Data.UserSession>().Select(s => s.TwoFactor).SingleAsync()));
    }

    [Fact]
    public async Task ARoleThatDoesNotRequireTwoFactor_IsSignedInWithItsPasswordAlone()
    {
        await _factory.CreateAccountAsync("olive.officer@la.test", [BuiltInRoles.LaOfficer]);
        var client = _factory.CreateClient();

        var response = await client.SubmitAsync("/sign-in", Credentials("olive.officer@la.test"));

        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/two-factor")).StatusCode);
    }

    [Theory]
    [InlineData("", "Enter the 6-digit code from your authenticator app")]
    [InlineData("12345", "Enter the 6-digit code from your authenticator app")]
    [InlineData("abcdef", "Enter the 6-digit code from your authenticator app")]
    public async Task SettingUp_WithAMalformedCode_SaysWhatToEnter_AndDoesNotSignIn(string code, string message)
    {
        await _factory.CreateAccountAsync(Head, [BuiltInRoles.Headteacher]);
        var client = _factory.CreateClient();
        await client.SubmitAsync("/sign-in", Credentials(Head));
        var html = await client.GetStringAsync(SetUpPath);

        var response = await client.SubmitAsync(SetUpPath, new Dictionary<string, string> { ["SealedKey"] = TwoFactorCodes.SealedKey(html), ["Code"] = code });

        Assert.Contains($"<a href=\"#Code\">{message}</a>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await _factory.QueryAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account/two-factor")).StatusCode);
    }

    [Fact]
    public async Task SettingUp_WithAWrongCode_SaysItIsNotCorrect_AndKeepsTheSameKey()
    {
        await _factory.CreateAccountAsync(Head, [BuiltInRoles.Headteacher]);
        var client = _factory.CreateClient();
        await client.SubmitAsync("/sign-in", Credentials(Head));
        var html = await client.GetStringAsync(SetUpPath);
        var key = TwoFactorCodes.KeyOnPage(html);
        var wrong = TwoFactorCodes.CodeFor(key, Now.AddMinutes(10));

        var response = await client.SubmitAsync(SetUpPath, new Dictionary<string, string> { ["SealedKey"] = TwoFactorCodes.SealedKey(html), ["Code"] = wrong });
        var again = await response.Content.ReadAsStringAsync();

        Assert.Contains("The code is not correct", again, StringComparison.Ordinal);
        Assert.Equal(key, TwoFactorCodes.KeyOnPage(again));
        Assert.False(await _factory.QueryAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task SettingUp_WithATamperedKey_StartsAgainWithANewOne()
    {
        await _factory.CreateAccountAsync(Head, [BuiltInRoles.Headteacher]);
        var client = _factory.CreateClient();
        await client.SubmitAsync("/sign-in", Credentials(Head));
        var html = await client.GetStringAsync(SetUpPath);
        var key = TwoFactorCodes.KeyOnPage(html);

        var response = await client.SubmitAsync(SetUpPath, new Dictionary<string, string> { ["SealedKey"] = "AAAA" + TwoFactorCodes.SealedKey(html), ["Code"] = TwoFactorCodes.CodeFor(key, Now) });
        var again = await response.Content.ReadAsStringAsync();

        Assert.Contains("Too much time has passed", again, StringComparison.Ordinal);
        Assert.NotEqual(key, TwoFactorCodes.KeyOnPage(again));
        Assert.False(await _factory.QueryAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task WithTwoFactorOn_SignInAsksForACode_AndEachCodeWorksOnce()
    {
        var key = await HeadWithTwoFactorAsync();
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var code = TwoFactorCodes.CodeFor(key, Now);

        var first = _factory.CreateClient();
        var askedForCode = await first.SubmitAsync("/sign-in", Credentials(Head));
        var accepted = await first.SubmitAsync("/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = code });
        var second = _factory.CreateClient();
        await second.SubmitAsync("/sign-in", Credentials(Head));
        var replayed = await second.SubmitAsync("/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = code });

        Assert.Equal("/sign-in/two-factor", askedForCode.Headers.Location!.OriginalString);
        Assert.Equal("/", accepted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/account/sessions")).StatusCode);
        Assert.Contains("The code is not correct or has already been used", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/account/sessions")).StatusCode);
        Assert.Contains("users.sign-in.two-factor-failed", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task TheCodePage_WithoutAPasswordFirst_SendsThePersonToSignIn()
    {
        var response = await _factory.CreateClient().GetAsync("/sign-in/two-factor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task FiveWrongCodes_LockTheAccount()
    {
        var key = await HeadWithTwoFactorAsync();
        var client = _factory.CreateClient();
        await client.SubmitAsync("/sign-in", Credentials(Head));
        var wrong = TwoFactorCodes.CodeFor(key, Now.AddHours(1));

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SubmitAsync("/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = wrong });
        }

        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var right = await client.SubmitAsync("/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = TwoFactorCodes.CodeFor(key, Now) });

        Assert.Contains("You have entered too many wrong codes", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("users.sign-in.locked-out", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task ARecoveryCode_SignsInOnce_AndNeverAgain()
    {
        var codes = new List<string>();
        await HeadWithTwoFactorAsync(codes);

        var first = _factory.CreateClient();
        await first.SubmitAsync("/sign-in", Credentials(Head));
        var used = await first.SubmitAsync("/sign-in/recovery-code", new Dictionary<string, string> { ["RecoveryCode"] = codes[0].ToUpperInvariant() });
        var second = _factory.CreateClient();
        await second.SubmitAsync("/sign-in", Credentials(Head));
        var reused = await second.SubmitAsync("/sign-in/recovery-code", new Dictionary<string, string> { ["RecoveryCode"] = codes[0] });

        Assert.Equal("/", used.Headers.Location!.OriginalString);
        Assert.Contains("The recovery code is not correct or has already been used", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("users.sign-in.recovery-code-used", await _factory.AuditActionsAsync());
        Assert.Equal(9, await _factory.QueryAsync(db => db.Set<Perspective.Users.Data.RecoveryCode>().CountAsync(c => c.UsedUtc == null)));
    }

    [Fact]
    public async Task RecoveryCodes_AreStoredOnlyAsHashes()
    {
        var codes = new List<string>();
        await HeadWithTwoFactorAsync(codes);

        var stored = await _factory.QueryAsync(db => db.Set<Perspective.Users.Data.RecoveryCode>().Select(c => c.CodeHash).ToListAsync());

        Assert.Equal(10, stored.Count);
        Assert.DoesNotContain(stored, hash => codes.Any(code => hash.Contains(code.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal)));
        Assert.All(stored, hash => Assert.Equal(64, hash.Length));
    }

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> Credentials(string email) =>
        new() { ["Email"] = email, ["Password"] = Infrastructure.Tenants.Password };

    /// <summary>A headteacher who has set two-factor up (and is then signed out); returns the authenticator key.</summary>
    private async Task<string> HeadWithTwoFactorAsync(List<string>? recoveryCodes = null)
    {
        await _factory.CreateAccountAsync(Head, [BuiltInRoles.Headteacher]);
        var client = _factory.CreateClient();
        await client.SubmitAsync("/sign-in", Credentials(Head));
        var html = await client.GetStringAsync(SetUpPath);
        var key = TwoFactorCodes.KeyOnPage(html);
        var done = await client.SubmitAsync(SetUpPath, new Dictionary<string, string> { ["SealedKey"] = TwoFactorCodes.SealedKey(html), ["Code"] = TwoFactorCodes.CodeFor(key, Now) });
        recoveryCodes?.AddRange(TwoFactorCodes.RecoveryCodesOnPage(await done.Content.ReadAsStringAsync()));
        return key;
    }
}
