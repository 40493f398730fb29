using System.Net;
using System.Text.RegularExpressions;
using OtpNet;

namespace Perspective.Tests.Infrastructure;

/// <summary>Plays the part of a person's authenticator app.</summary>
public static partial class TwoFactorCodes
{
    /// <summary>The key a set-up page shows for typing by hand, without its spaces.</summary>
    public static string KeyOnPage(string html) =>
        KeyPattern().Match(html) is { Success: true } match
            ? match.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()
            : throw new InvalidOperationException("No authenticator key on the page.");

    /// <summary>The code an authenticator app shows for <paramref name="key"/> at <paramref name="utc"/> (now by default).</summary>
    public static string CodeFor(string key, DateTime? utc = null) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(utc ?? DateTime.UtcNow);

    /// <summary>Reads the key on a set-up page, answers with a current code, and returns the response (the recovery codes page).</summary>
    public static async Task<HttpResponseMessage> SetUpTwoFactorAsync(this HttpClient client, string setUpPath, string? password = null, DateTime? utc = null)
    {
        var html = await client.GetStringAsync(setUpPath);
        var fields = new Dictionary<string, string>
        {
            ["SealedKey"] = SealedKey(html),
            ["Code"] = CodeFor(KeyOnPage(html), utc),
        };
        if (password is not null)
        {
            fields["Password"] = password;
        }

        return await client.SubmitAsync(setUpPath, fields);
    }

    public static string SealedKey(string html) =>
        SealedKeyPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("No sealed key on the page.");

    /// <summary>The recovery codes a page shows.</summary>
    public static IReadOnlyList<string> RecoveryCodesOnPage(string html) =>
        RecoveryCodePattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("data-testid=\"authenticator-key\">([a-z2-7 ]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("name=\"SealedKey\" value=\"([^\"]+)\"")]
    private static partial Regex SealedKeyPattern();

    [GeneratedRegex("<li><code>([a-z0-9]{5}-[a-z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
