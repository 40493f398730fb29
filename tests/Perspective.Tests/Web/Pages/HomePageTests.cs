using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Pages;

public sealed class HomePageTests : IDisposable
{
    private readonly PerspectiveFactory _factory = new();

    [Fact]
    public async Task AHeadteacher_SeesDocumentsUnderTheirWork_NotUnderAdministration()
    {
        var html = await _factory.ClientForOrganisation("hetty", "school-100001", BuiltInRoles.Headteacher).GetStringAsync("/");

        var work = html.IndexOf("home-work-links", StringComparison.Ordinal);
        Assert.True(work >= 0, "The work list is shown.");
        var workList = html[work..html.IndexOf("</ul>", work, StringComparison.Ordinal)];
        Assert.Contains("href=\"/documents\"", workList, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin", workList, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnLaAdmin_SeesDocumentsApartFromTheAdministrationPages()
    {
        var html = await _factory.ClientFor("ann", BuiltInRoles.LaAdmin).GetStringAsync("/");

        var work = html.IndexOf("home-work-links", StringComparison.Ordinal);
        var admin = html.IndexOf("home-admin-links", StringComparison.Ordinal);
        Assert.True(work >= 0 && admin > work, "Both lists, work first.");
        Assert.Contains("href=\"/documents\"", html[work..admin], StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/documents/categories\"", html[admin..], StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
