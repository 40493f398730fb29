using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Security;
using Perspective.Core.Settings;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Email.Settings;

/// <summary>
/// The email settings page: an LA admin chooses and configures the tenant's provider. One host for
/// the class; each test in a tenant of its own on it, with an SMTP server of its own.
/// </summary>
public sealed class EmailSettingsPageTests(EmailFactory factory) : IClassFixture<EmailFactory>, IAsyncLifetime
{
    private const string Password = "Correct-Horse-Battery-42";

    private readonly SmtpTestServer _smtp = new();
    private readonly EmailFactory _factory = factory;

    public static TheoryData<string, string, string, string> BadAnswers => new()
    {
        { "FromAddress", "not-an-address", "FromAddress", "Enter the from address in the correct format, like name@example.com" },
        { "FromAddress", "", "FromAddress", "Enter the email address that messages come from" },
        { "ReplyTo", "replies@", "ReplyTo", "Enter the reply-to address in the correct format, like name@example.com" },
        { "SmtpHost", "", "SmtpHost", "Enter the SMTP server's host name or IP address" },
        { "SmtpHost", "smtp server!", "SmtpHost", "Enter a host name, like smtp.example.com, or an IP address" },
        { "SmtpPort", "70000", "SmtpPort", "Port must be between 1 and 65535" },
        { "SmtpPort", "0", "SmtpPort", "Port must be between 1 and 65535" },
        { "SmtpPort", "25.5", "SmtpPort", "Port must be a whole number, like 587" },
        { "SmtpSecurity", "Tls13", "SmtpSecurity", "Select how the connection to the SMTP server is secured" },
        { "Provider", "Carrier pigeon", "Provider", "Select how the portal sends email" },
        { "NotifyApiKey", "not-a-key", "NotifyApiKey", "Enter the whole API key as GOV.UK Notify shows it, a name followed by 2 long codes" },
        { "NotifyTemplates[email.test]", "template-one", "NotifyTemplates_email_test_", "Enter the template ID for Test message in the correct format, like 8e2b4a1c-53f0-4c3b-9a5e-6d1f0b7c2e94" },
    };

    [Fact]
    public async Task SmtpSettingsSavedThroughThePage_AreUsedToDeliverTheNextMessage()
    {
        await _factory.SaveAsync(EmailSettingsForms.SmtpAnswers(_smtp.Port));

        await _factory.QueueAsync("head@school.test");
        await _factory.DrainAsync();

        var message = Assert.Single(_smtp.Messages);
        Assert.Equal("portal@northshire.test", message.From.Mailboxes.Single().Address);
        Assert.Equal("Northshire portal", message.From.Mailboxes.Single().Name);
        Assert.Equal("head@school.test", message.To.Mailboxes.Single().Address);
        Assert.Contains("email.settings.saved", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task SavedSettings_AreShownBackOnThePage()
    {
        var client = _factory.LaAdmin();
        await client.SubmitAsync(EmailSettingsForms.PagePath, EmailSettingsForms.SmtpAnswers(2525));

        var html = await (await client.GetAsync(EmailSettingsForms.PagePath)).HtmlAsync();

        Assert.True(EmailSettingsForms.IsChecked(html, "Provider-2"), "SMTP server is not the chosen provider.");
        Assert.Equal("portal@northshire.test", EmailSettingsForms.InputValue(html, "FromAddress"));
        Assert.Equal("127.0.0.1", EmailSettingsForms.InputValue(html, "SmtpHost"));
        Assert.Equal("2525", EmailSettingsForms.InputValue(html, "SmtpPort"));
        Assert.True(EmailSettingsForms.IsChecked(html, "SmtpSecurity"), "Security None is not chosen.");
        Assert.Contains("Email settings saved", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePassword_IsStoredEncrypted_AndNeverAppearsInThePage()
    {
        var answers = EmailSettingsForms.SmtpAnswers(_smtp.Port);
        answers["SmtpPassword"] = Password;

        await _factory.SaveAsync(answers);
        var stored = (await _factory.StoredSettingsAsync())["secret:email.smtp.password"];
        var html = await (await _factory.LaAdmin().GetAsync(EmailSettingsForms.PagePath)).HtmlAsync();

        Assert.DoesNotContain(Password, stored, StringComparison.Ordinal);
        Assert.Equal(Password, await SecretAsync("email.smtp.password"));
        Assert.DoesNotContain(Password, html, StringComparison.Ordinal);
        Assert.Contains("A password is saved. Leave blank to keep it.", html, StringComparison.Ordinal);
        Assert.Contains("Remove the saved password", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await AuditDetailsAsync(), d => d.Contains(Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APasswordTypedIntoAFormThatFails_IsNotWrittenBackIntoThePage()
    {
        var answers = EmailSettingsForms.SmtpAnswers(_smtp.Port);
        answers["SmtpPassword"] = Password;
        answers["NotifyApiKey"] = FakeNotifyApi.ApiKey;
        answers["SmtpPort"] = "70000";

        var html = await (await _factory.LaAdmin().SubmitAsync(EmailSettingsForms.PagePath, answers)).HtmlAsync();

        Assert.Contains("Port must be between 1 and 65535", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, html, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeNotifyApi.Secret, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeavingThePasswordBlank_KeepsTheSavedOne_AndRemovingIt_DeletesIt()
    {
        var answers = EmailSettingsForms.SmtpAnswers(_smtp.Port);
        answers["SmtpPassword"] = Password;
        await _factory.SaveAsync(answers);

        answers["SmtpPassword"] = "";
        await _factory.SaveAsync(answers);
        var kept = await SecretAsync("email.smtp.password");
        answers["RemoveSmtpPassword"] = "true";
        await _factory.SaveAsync(answers);

        Assert.Equal(Password, kept);
        Assert.Null(await SecretAsync("email.smtp.password"));
        Assert.DoesNotContain("secret:email.smtp.password", (await _factory.StoredSettingsAsync()).Keys);
    }

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task ABadAnswer_IsShownAgainstItsField_AndChangesNothing(string field, string value, string fieldId, string message)
    {
        await _factory.SaveAsync(EmailSettingsForms.SmtpAnswers(_smtp.Port));
        var before = await _factory.StoredSettingsAsync();
        var answers = EmailSettingsForms.SmtpAnswers(4000);
        answers["FromName"] = "A new name";
        answers[field] = value;

        var response = await _factory.LaAdmin().SubmitAsync(EmailSettingsForms.PagePath, answers);
        var html = await response.HtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<li><a href=\"#{fieldId}\">{message}</a></li>", html, StringComparison.Ordinal);
        Assert.Contains($"<p id=\"{fieldId}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {message}</p>", html, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.StoredSettingsAsync());
        Assert.Single(await _factory.AuditActionsAsync(), "email.settings.saved");
    }

    [Fact]
    public async Task ChoosingNotify_WithoutAnApiKey_IsRefused_UnlessOneIsSaved()
    {
        var answers = EmailSettingsForms.NotifyAnswers(null);
        answers["NotifyApiKey"] = "";

        var refused = await (await _factory.LaAdmin().SubmitAsync(EmailSettingsForms.PagePath, answers)).HtmlAsync();
        await _factory.SaveAsync(EmailSettingsForms.NotifyAnswers(null));
        var accepted = await _factory.LaAdmin().SubmitAsync(EmailSettingsForms.PagePath, answers);

        Assert.Contains("<li><a href=\"#NotifyApiKey\">Enter your GOV.UK Notify API key</a></li>", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(FakeNotifyApi.ApiKey, await SecretAsync("email.notify.apiKey"));
    }

    [Fact]
    public async Task OutsideDevelopment_ThePickupFolder_IsShownWithAWarning_ThatGoesOnceAProviderIsChosen()
    {
        var before = await (await _factory.LaAdmin().GetAsync(EmailSettingsForms.PagePath)).HtmlAsync();
        await _factory.SaveAsync(EmailSettingsForms.SmtpAnswers(_smtp.Port));
        var after = await (await _factory.LaAdmin().GetAsync(EmailSettingsForms.PagePath)).HtmlAsync();

        Assert.True(EmailSettingsForms.IsChecked(before, "Provider"), "Pickup folder is not the chosen provider.");
        Assert.Contains("data-testid=\"pickup-warning\"", before, StringComparison.Ordinal);
        Assert.Contains("Emails are not being sent.", before, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"pickup-warning\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHeadteacher_IsForbidden_ThePage_AndCannotChangeTheSettings()
    {
        var client = _factory.ClientFor("Hetty Head", BuiltInRoles.Headteacher);

        var page = await client.GetAsync(EmailSettingsForms.PagePath);
        var post = await client.SubmitAsync("/", EmailSettingsForms.SmtpAnswers(_smtp.Port), postPath: EmailSettingsForms.PagePath);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.DoesNotContain((await _factory.StoredSettingsAsync()).Keys, k => k.StartsWith("email.", StringComparison.Ordinal));
    }

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync()
    {
        _smtp.Dispose();
        return Task.CompletedTask;
    }

    private async Task<string?> SecretAsync(string key)
    {
        await using var scope = await _factory.TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<ISiteSettings>().GetSecretAsync(key);
    }

    private Task<List<string>> AuditDetailsAsync() =>
        _factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.AuditEvents.Select(e => e.Details ?? "")));
}
