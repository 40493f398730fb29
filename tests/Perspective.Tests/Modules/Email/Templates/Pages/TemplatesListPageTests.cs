using System.Net;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Email.Templates.Pages;

public sealed class TemplatesListPageTests : IDisposable
{
    private readonly TemplatesFactory _factory = new();

    [Fact]
    public async Task TheList_ShowsEveryKind_WhetherItIsCustomised_AndWhichAreSecurityMessages()
    {
        var client = _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);
        await client.SubmitAsync(
            "/admin/email/templates/tests.welcome",
            new Dictionary<string, string> { ["Subject"] = "Hi {{ name }}", ["HtmlBody"] = "<p>Hi</p>", ["TextBody"] = "Hi" },
            "/admin/email/templates/tests.welcome?handler=Save");

        var response = await client.GetAsync("/admin/email/templates");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Row(html, "tests.welcome");
        Assert.Contains("<a class=\"govuk-link\" href=\"/admin/email/templates/tests.welcome\">Welcome</a>", welcome, StringComparison.Ordinal);
        Assert.Contains("Welcomes someone to the portal.", welcome, StringComparison.Ordinal);
        Assert.Contains(">Customised</strong>", welcome, StringComparison.Ordinal);
        Assert.DoesNotContain(">Security</strong>", welcome, StringComparison.Ordinal);
        var test = Row(html, "email.test");
        Assert.Contains(">Default</strong>", test, StringComparison.Ordinal);
        Assert.Contains(">Security</strong>", test, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private static string Row(string html, string kind)
    {
        var start = html.IndexOf($"data-testid=\"kind-{kind}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for {kind}.");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
