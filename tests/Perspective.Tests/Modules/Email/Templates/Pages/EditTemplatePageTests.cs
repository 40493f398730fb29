using System.Net;
using System.Text.RegularExpressions;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Email.Liquid;

namespace Perspective.Tests.Modules.Email.Templates.Pages;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed partial class EditTemplatePageTests(TemplatesFactory factory) : IClassFixture<TemplatesFactory>, IAsyncLifetime
{
    private const string EditPath = "/admin/email/templates/tests.welcome";

    private readonly TemplatesFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient LaAdmin => _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

    [Fact]
    public async Task TheEditPage_ShowsTheDefaultWording_AndTheVariablesWithTheirDescriptions()
    {
        var response = await LaAdmin.GetAsync(EditPath);
        var html = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("value=\"Welcome to {{ site_name }}, {{ name }}\"", html, StringComparison.Ordinal);
        Assert.Contains("Hello {{ name }}.\n\nStart here: {{ link }}</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("{{ link }}", Variables(html), StringComparison.Ordinal);
        Assert.Contains("Where they start", Variables(html), StringComparison.Ordinal);
        Assert.Contains("{{ portal_link }}", Variables(html), StringComparison.Ordinal);
        Assert.Contains(">Default</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownKind_IsNotFound()
    {
        var response = await LaAdmin.GetAsync("/admin/email/templates/tests.nothing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Saving_ASyntaxError_ShowsTheMistakeAgainstTheField_AndStoresNothing()
    {
        var response = await PostAsync("Save", html: "<p>Hello</p>\n<p>{{ name </p>");
        var html = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("<a href=\"#HtmlBody\">The HTML body has a mistake on line 2, column \\d+: end of tag '}}' was expected</a>", html);
        Assert.Contains("<p id=\"HtmlBody-error\" class=\"govuk-error-message\">", html, StringComparison.Ordinal);
        Assert.Empty(await _factory.TemplatesAsync());
        Assert.DoesNotContain("email.template.saved", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task Saving_AnUnknownVariable_IsRefused_AndStoresNothing()
    {
        var response = await PostAsync("Save", subject: "Hello {{ nme }}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#Subject\">The subject uses an unknown variable 'nme'</a>", await ReadAsync(response), StringComparison.Ordinal);
        Assert.Empty(await _factory.TemplatesAsync());
    }

    [Fact]
    public async Task Saving_AnIncludeTag_IsRefused_AndStoresNothing()
    {
        var response = await PostAsync("Save", text: "{% include 'x' %}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#TextBody\">The text body uses the 'include' tag, which emails cannot use</a>", await ReadAsync(response), StringComparison.Ordinal);
        Assert.Empty(await _factory.TemplatesAsync());
    }

    [Fact]
    public async Task Saving_TheIssuesDoublingTemplate_IsRefused_WithAnErrorAgainstTheField_AndStoresNothing()
    {
        var response = await PostAsync("Save", html: LiquidSandboxTests.DoublingTemplate);
        var html = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#HtmlBody\">The HTML body cannot be filled in: it makes a piece of text longer than 500,000 characters with the 'append' filter.", html, StringComparison.Ordinal);
        Assert.Empty(await _factory.TemplatesAsync());
    }

    [Fact]
    public async Task Preview_OfTheIssuesDoublingTemplate_ShowsTheLimit_AndNoPreview()
    {
        var response = await PostAsync("Preview", text: LiquidSandboxTests.DoublingTemplate);
        var html = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#TextBody\">The text body cannot be filled in: it makes a piece of text longer than 500,000 characters", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"preview\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_AScriptAssembledByLiquid_SavesTheWording_AndWarnsWhatWasRemoved()
    {
        var client = LaAdmin;

        var response = await PostAsync("Save", html: "<p>Hi</p><scr{% comment %}x{% endcomment %}ipt>alert(1)</scr{% comment %}x{% endcomment %}ipt><svg/onload=alert(1)>", client: client);
        var page = await ReadAsync(await client.GetAsync(EditPath));
        var again = await ReadAsync(await client.GetAsync(EditPath));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("data-testid=\"template-warning\"", page, StringComparison.Ordinal);
        Assert.Contains("Scripts, event attributes and anything else mail programs must not run are removed from every email. Your HTML body lost the <script> element and the <svg> element.", page, StringComparison.Ordinal);
        Assert.Contains("Your wording for Welcome is saved", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"template-warning\"", again, StringComparison.Ordinal);
        Assert.Single(await _factory.TemplatesAsync());
    }

    [Fact]
    public async Task Saving_EmailSafeHtml_ShowsNoWarning()
    {
        var client = LaAdmin;

        await PostAsync("Save", html: "<p>Hi {{ name }}, <a href=\"{{ link }}\">start</a></p>", client: client);
        var page = await ReadAsync(await client.GetAsync(EditPath));

        Assert.Contains("Your wording for Welcome is saved", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"template-warning\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_OfAJavascriptLink_ShowsItRemoved_AndWarns()
    {
        var response = await PostAsync("Preview", html: "<a href=\"java\tscript:alert(1)\">Open</a>");
        var page = await response.Content.ReadAsStringAsync();
        var srcdoc = WebUtility.HtmlDecode(SrcdocPattern().Match(page).Groups[1].Value);

        Assert.Contains(">Open</a>", srcdoc, StringComparison.Ordinal);
        NoScript.Assert(srcdoc);
        Assert.Contains("a link to an address that is not https, http or mailto (such as javascript:)", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_FillsInTheSampleValues_EncodingThemInTheHtml_AndStoresNothing()
    {
        var response = await PostAsync("Preview", subject: "Hi {{ name }}", html: "<p>Dear {{ name }}</p>", text: "Dear {{ name }}");
        var page = await response.Content.ReadAsStringAsync();
        var srcdoc = WebUtility.HtmlDecode(SrcdocPattern().Match(page).Groups[1].Value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<iframe sandbox srcdoc=", page, StringComparison.Ordinal);
        Assert.Contains("<p>Dear &lt;b&gt;Hetty&lt;/b&gt; &amp; Co</p>", srcdoc, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Hetty</b>", srcdoc, StringComparison.Ordinal);
        Assert.Contains("lang=\"en-GB\"", srcdoc, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"preview-subject\">Hi &lt;b&gt;Hetty&lt;/b&gt; &amp; Co</span>", page, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"govuk-body-s\" data-testid=\"preview-text\">Dear &lt;b&gt;Hetty&lt;/b&gt; &amp; Co</pre>", page, StringComparison.Ordinal);
        Assert.Empty(await _factory.TemplatesAsync());
    }

    [Fact]
    public async Task Preview_OfWordingWithAMistake_ShowsTheMistake_AndNoPreview()
    {
        var response = await PostAsync("Preview", subject: "Hi {{ nme }}");
        var html = await ReadAsync(response);

        Assert.Contains("The subject uses an unknown variable 'nme'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"preview\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_ChangesWhatTheOutboxSends_AndIsAudited()
    {
        var client = LaAdmin;

        var response = await PostAsync("Save", subject: "Your {{ site_name }} account, {{ name }}", html: "<p>Welcome aboard, {{ name }}.</p>", text: "Welcome aboard,\r\n{{ name }}.", client: client);
        var page = await ReadAsync(await client.GetAsync(EditPath));
        var message = await _factory.QueueAsync(TemplatesFactory.Welcome, new Dictionary<string, string> { ["name"] = "Ann & Bob" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Your wording for Welcome is saved", page, StringComparison.Ordinal);
        Assert.Contains(">Customised</strong>", page, StringComparison.Ordinal);
        Assert.StartsWith("Your ", message.Subject, StringComparison.Ordinal);
        Assert.EndsWith(" account, Ann & Bob", message.Subject, StringComparison.Ordinal);
        Assert.Contains("<p>Welcome aboard, Ann &amp; Bob.</p>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("Welcome aboard,\nAnn & Bob.", message.TextBody);
        Assert.Equal("Ann Admin", Assert.Single(await _factory.TemplatesAsync()).UpdatedBy);
        Assert.Contains("email.template.saved", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task Reset_RestoresTheModulesDefault_AndIsAudited()
    {
        var client = LaAdmin;
        await PostAsync("Save", subject: "Changed {{ name }}", client: client);

        var response = await client.SubmitAsync(EditPath, new Dictionary<string, string>(), EditPath + "?handler=Reset");
        var page = await ReadAsync(await client.GetAsync(EditPath));
        var message = await _factory.QueueAsync(TemplatesFactory.Welcome, new Dictionary<string, string> { ["name"] = "Ann" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Welcome uses the portal's own wording again", page, StringComparison.Ordinal);
        Assert.Empty(await _factory.TemplatesAsync());
        Assert.StartsWith("Welcome to ", message.Subject, StringComparison.Ordinal);
        Assert.EndsWith(", Ann", message.Subject, StringComparison.Ordinal);
        Assert.Equal(["email.template.saved", "email.template.reset"], (await _factory.AuditActionsAsync()).Where(a => a.StartsWith("email.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SendingATest_QueuesOneMessageToTheSignedInUsersAddress_WithTheSampleValues()
    {
        await _factory.CreateAccountAsync("ann.admin@la.test", [BuiltInRoles.LaAdmin]);
        var client = _factory.CreateClient();
        await client.SignInAsync("ann.admin@la.test");

        var response = await client.SubmitAsync(EditPath, new Dictionary<string, string>(), EditPath + "?handler=Test");
        var page = await ReadAsync(await client.GetAsync(EditPath));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("We have sent a test to ann.admin@la.test", page, StringComparison.Ordinal);
        var message = Assert.Single(await _factory.OutboxAsync());
        Assert.Equal(("ann.admin@la.test", TemplatesFactory.Welcome), (message.ToAddress, message.Kind));
        Assert.Contains("Hello &lt;b&gt;Hetty&lt;/b&gt; &amp; Co.", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("email.test-sent", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task SendingATest_WithNoEmailAddress_SaysSo_AndQueuesNothing()
    {
        var response = await LaAdmin.SubmitAsync(EditPath, new Dictionary<string, string>(), EditPath + "?handler=Test");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your account has no email address, so we cannot send you a test", await ReadAsync(response), StringComparison.Ordinal);
        Assert.Empty(await _factory.OutboxAsync());
    }

    [Fact]
    public async Task AHeadteacher_IsForbidden_ToSeeOrChangeTemplates()
    {
        var client = _factory.ClientFor("Hana Head", BuiltInRoles.Headteacher);

        var list = await client.GetAsync("/admin/email/templates");
        var edit = await client.GetAsync(EditPath);
        var save = await client.SubmitAsync("/", Form("Changed", "<p>Changed</p>", "Changed"), EditPath + "?handler=Save");
        var test = await client.SubmitAsync("/", new Dictionary<string, string>(), EditPath + "?handler=Test");

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { list.StatusCode, edit.StatusCode, save.StatusCode, test.StatusCode });
        Assert.Empty(await _factory.TemplatesAsync());
        Assert.Empty(await _factory.OutboxAsync());
    }

    private static Dictionary<string, string> Form(string subject, string html, string text) =>
        new() { ["Subject"] = subject, ["HtmlBody"] = html, ["TextBody"] = text };

    private Task<HttpResponseMessage> PostAsync(string handler, string? subject = null, string? html = null, string? text = null, HttpClient? client = null)
    {
        var kind = TemplatesFactory.WelcomeKind;
        var form = Form(subject ?? kind.DefaultSubject, html ?? kind.DefaultHtmlBody, text ?? kind.DefaultTextBody);
        return (client ?? LaAdmin).SubmitAsync(EditPath, form, $"{EditPath}?handler={handler}");
    }

    /// <summary>The page with entities decoded, so assertions quote messages as they read.</summary>
    private static async Task<string> ReadAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static string Variables(string html) =>
        html[html.IndexOf("data-testid=\"variables\"", StringComparison.Ordinal)..];

    [GeneratedRegex("srcdoc=\"([^\"]*)\"")]
    private static partial Regex SrcdocPattern();
}
