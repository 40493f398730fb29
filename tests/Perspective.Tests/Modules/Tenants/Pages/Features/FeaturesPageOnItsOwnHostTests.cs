using System.Net;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Tenants.Pages.Features;

/// <summary>
/// The feature switches when the deployment turns a module off. On a host of its own: the setting
/// is read when the host starts, and would turn the module off for every other test's tenant.
/// </summary>
public sealed class FeaturesPageOnItsOwnHostTests
{
    private const string PagePath = FeaturesPageTests.PagePath;
    private const string Audit = FeaturesPageTests.Audit;

    [Fact]
    public async Task AModuleOffForTheWholePortal_SaysSo_AndCannotBeSwitchedOn()
    {
        using var factory = new PerspectiveFactory().With("Perspective:Modules:Disabled:0", Audit);
        var client = factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

        var html = await (await client.GetAsync(PagePath)).HtmlAsync();
        var enable = await client.SubmitAsync(PagePath, new Dictionary<string, string> { ["module"] = Audit }, PagePath + "?handler=Enable");

        Assert.Contains("<strong class=\"govuk-tag govuk-tag--grey\">Off for every tenant</strong>", Row(html, Audit), StringComparison.Ordinal);
        Assert.DoesNotContain("<form", Row(html, Audit), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, enable.StatusCode);
    }

    private static string Row(string html, string module) => FeaturesPageTests.Row(html, module);
}
