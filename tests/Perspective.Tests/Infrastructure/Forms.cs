using System.Net;
using System.Text.RegularExpressions;

namespace Perspective.Tests.Infrastructure;

/// <summary>Submits forms as a browser would: reads the page, takes its antiforgery token, posts the fields.</summary>
public static partial class Forms
{
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string pagePath)
    {
        var html = await client.GetStringAsync(pagePath);
        return TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {pagePath}.");
    }

    /// <summary>GETs <paramref name="pagePath"/> for its token, then POSTs <paramref name="fields"/> to <paramref name="postPath"/> (the page itself by default).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pagePath, IDictionary<string, string> fields, string? postPath = null)
    {
        var token = await client.AntiforgeryTokenAsync(pagePath);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(postPath ?? pagePath, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
