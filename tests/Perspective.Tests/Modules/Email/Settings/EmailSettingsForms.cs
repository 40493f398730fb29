using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Email.Settings;

/// <summary>Filling in the email settings page as an LA admin, and reading what it stored.</summary>
internal static class EmailSettingsForms
{
    public const string PagePath = "/admin/email/settings";

    public static HttpClient LaAdmin(this PerspectiveFactory factory) => factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

    /// <summary>Every field of the form, as a browser posts it, for sending through a local SMTP server.</summary>
    public static Dictionary<string, string> SmtpAnswers(int port) => new()
    {
        ["Provider"] = "Smtp",
        ["FromAddress"] = "portal@northshire.test",
        ["FromName"] = "Northshire portal",
        ["ReplyTo"] = "",
        ["SmtpHost"] = "127.0.0.1",
        ["SmtpPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SmtpSecurity"] = "None",
        ["SmtpUsername"] = "",
        ["SmtpPassword"] = "",
        ["NotifyApiKey"] = "",
        ["NotifyTemplates[email.test]"] = "",
    };

    public static Dictionary<string, string> NotifyAnswers(string? templateId) => new()
    {
        ["Provider"] = "Notify",
        ["FromAddress"] = "",
        ["FromName"] = "",
        ["ReplyTo"] = "",
        ["SmtpHost"] = "",
        ["SmtpPort"] = "587",
        ["SmtpSecurity"] = "StartTls",
        ["SmtpUsername"] = "",
        ["SmtpPassword"] = "",
        ["NotifyApiKey"] = FakeNotifyApi.ApiKey,
        ["NotifyTemplates[email.test]"] = templateId ?? "",
    };

    /// <summary>Saves the answers through the page and checks that they were accepted.</summary>
    public static async Task SaveAsync(this PerspectiveFactory factory, Dictionary<string, string> answers)
    {
        var response = await factory.LaAdmin().SubmitAsync(PagePath, answers);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"The settings were refused: {await response.HtmlAsync()}");
    }

    /// <summary>The raw rows of the Settings table, secrets as stored.</summary>
    public static Task<Dictionary<string, string>> StoredSettingsAsync(this PerspectiveFactory factory) =>
        factory.QueryAsync(db => db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value));

    /// <summary>The page with entities decoded, so assertions can quote messages as they read.</summary>
    public static async Task<string> HtmlAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The value an input with this id shows, or null when it shows none.</summary>
    public static string? InputValue(string html, string id) =>
        Regex.Match(Input(html, id), "\\bvalue=\"([^\"]*)\"") is { Success: true } value ? value.Groups[1].Value : null;

    public static bool IsChecked(string html, string id) => Input(html, id).Contains("checked=\"checked\"", StringComparison.Ordinal);

    private static string Input(string html, string id) =>
        Regex.Match(html, $"<input[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>") is { Success: true } input
            ? input.Value
            : throw new InvalidOperationException($"No input with id '{id}' on the page.");
}
