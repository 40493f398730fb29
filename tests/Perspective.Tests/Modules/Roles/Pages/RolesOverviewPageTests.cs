using System.Net;
using System.Text.RegularExpressions;
using Perspective.Core.Security;
using Perspective.Roles.Data;

namespace Perspective.Tests.Modules.Roles.Pages;

public sealed class RolesOverviewPageTests : IDisposable
{
    private readonly RolesFactory _factory = new();

    [Fact]
    public async Task TheOverview_HasATablePerModule_WithTicksAndNoInText_AndAChangeLinkPerRole()
    {
        await _factory.PutRoleAsync("Designated teacher", RoleHolders.School, "ManageOwnSchoolUsers");

        var response = await _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin).GetAsync("/admin/roles");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<caption class=\"govuk-table__caption govuk-table__caption--s\">Users</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<caption class=\"govuk-table__caption govuk-table__caption--s\">Roles</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"govuk-visually-hidden\">Yes</span>", html, StringComparison.Ordinal);
        Assert.Matches(">\\s*No\\s*</td>", html);
        Assert.Contains("href=\"/admin/roles/Designated%20teacher\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/roles/LA%20admin\"", html, StringComparison.Ordinal);
        var row = Regex.Match(html, "<tr[^>]*data-testid=\"role-Designated teacher\"[\\s\\S]*?</tr>").Value;
        Assert.Contains("School", row, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
