using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Tenants.Pages.Tenants.Create;

/// <summary>The create-a-tenant form: every bad answer is shown against its field and creates nothing.</summary>
public sealed class CreateTenantTests : IDisposable
{
    private const string PagePath = "/admin/tenants/create";

    private readonly PerspectiveFactory _factory = new();

    public static TheoryData<string, string, string, string> BadAnswers => new()
    {
        { "Name", "", "Name", "Enter a name for the tenant" },
        { "Name", "East Shire", "Name", "Name must be 2 to 40 lower-case letters, numbers or hyphens, starting with a letter" },
        { "Name", "default", "Name", "There is already a tenant called 'default'" },
        { "Name", "create", "Name", "The name 'create' is reserved. Choose another name" },
        { "LocalAuthorityName", "", "LocalAuthorityName", "Enter the Local Authority's name" },
        { "HostName", "", "HostName", "Enter a host name or a URL prefix" },
        { "HostName", "not a host!", "HostName", "'not a host!' is not a host name, like portal.northshire.gov.uk" },
        { "UrlPrefix", "admin", "UrlPrefix", "URL prefix 'admin' is already in use" },
        { "UrlPrefix", "East", "UrlPrefix", "URL prefix must be 2 to 40 lower-case letters, numbers or hyphens, starting with a letter" },
        { "Recipe", "no-such-recipe", "Recipe", "There is no setup recipe called 'no-such-recipe'" },
        { "Recipe", "", "Recipe", "Select a setup recipe" },
        { "AdminEmail", "not an email", "AdminEmail", "Enter an email address in the correct format, like name@example.com" },
    };

    [Fact]
    public async Task Form_AsksForEveryAnswer_AndOffersTheSetupRecipes()
    {
        var html = await (await _factory.PlatformAdmin().GetAsync(PagePath)).HtmlAsync();

        Assert.Contains("<label class=\"govuk-label\" for=\"Name\">Name</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label\" for=\"LocalAuthorityName\">Local Authority name</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label\" for=\"HostName\">Host name (optional)</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label\" for=\"UrlPrefix\">URL prefix (optional)</label>", html, StringComparison.Ordinal);
        Assert.Contains("We will send an invitation to this address", html, StringComparison.Ordinal);
        Assert.Contains("value=\"la-portal\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"demo\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task BadAnswer_IsShownAgainstItsField_AndCreatesNothing(string field, string value, string fieldId, string message)
    {
        var answers = GoodAnswers();
        answers[field] = value;
        if (field == "UrlPrefix")
        {
            answers["HostName"] = "";
        }

        var response = await _factory.PlatformAdmin().SubmitAsync(PagePath, answers);
        var html = await response.HtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<li><a href=\"#{fieldId}\">{message}</a></li>", html, StringComparison.Ordinal);
        Assert.Contains($"<p id=\"{fieldId}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {message}</p>", html, StringComparison.Ordinal);
        Assert.Single(await _factory.Services.GetRequiredService<ITenantCatalog>().ListAsync());
        Assert.Empty(await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task ANameOrHostNameAnotherTenantHas_IsRefused_AndCreatesNothing()
    {
        await _factory.AddTenantRecordAsync("north", TenantState.Running, host: "north.test");
        var answers = GoodAnswers();
        answers["Name"] = "north";
        answers["HostName"] = "NORTH.test";

        var response = await _factory.PlatformAdmin().SubmitAsync(PagePath, answers);
        var html = await response.HtmlAsync();

        Assert.Contains("<li><a href=\"#Name\">There is already a tenant called 'north'</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#HostName\">Host name 'north.test' is already used by another tenant</a></li>", html, StringComparison.Ordinal);
        Assert.Equal(2, (await _factory.Services.GetRequiredService<ITenantCatalog>().ListAsync()).Count);
    }

    [Fact]
    public async Task BothAHostNameAndAPrefix_AreRefused_BecauseThePrefixWouldNeverBeUsed()
    {
        var answers = GoodAnswers();
        answers["UrlPrefix"] = "east";

        var html = await (await _factory.PlatformAdmin().SubmitAsync(PagePath, answers)).HtmlAsync();

        Assert.Contains("<li><a href=\"#UrlPrefix\">Enter a host name or a URL prefix, not both</a></li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedAnswer_KeepsWhatWasTyped()
    {
        var answers = GoodAnswers();
        answers["Name"] = "";

        var html = await (await _factory.PlatformAdmin().SubmitAsync(PagePath, answers)).HtmlAsync();

        Assert.Contains("value=\"Eastshire Council\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"east.test\"", html, StringComparison.Ordinal);
        Assert.Contains("checked=\"checked\"", Regex.Match(html, "<input[^>]*value=\"la-portal\"[^>]*>").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoodAnswers_GoToCheckAnswers_WithoutCreatingAnything()
    {
        var response = await _factory.PlatformAdmin().SubmitAsync(PagePath, GoodAnswers());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/tenants/create/check-answers", response.Headers.Location?.OriginalString);
        Assert.Null(await _factory.FindTenantAsync("eastshire"));
        Assert.Empty(await _factory.AuditActionsAsync());
    }

    public void Dispose() => _factory.Dispose();

    internal static Dictionary<string, string> GoodAnswers() => new()
    {
        ["Name"] = "eastshire",
        ["LocalAuthorityName"] = "Eastshire Council",
        ["HostName"] = "east.test",
        ["UrlPrefix"] = "",
        ["Recipe"] = "la-portal",
        ["AdminEmail"] = "admin@east.test",
    };
}
