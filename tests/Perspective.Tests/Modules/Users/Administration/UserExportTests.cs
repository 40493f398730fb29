using System.Net;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Users.Administration;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class UserExportTests(UsersAdminFactory factory) : IClassFixture<UsersAdminFactory>, IAsyncLifetime
{
    private readonly UsersAdminFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheExport_IsAnAttachment_WithAHeaderAndARowPerFilteredAccount()
    {
        await _factory.AccountAsync("hetty@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.Headteacher], u => u.LastSignInUtc = new DateTime(2026, 11, 28, 8, 30, 0, DateTimeKind.Utc));
        await _factory.AccountAsync("bea@birch.test", TestOrganisations.Birch.Id, [BuiltInRoles.Headteacher]);

        var response = await _factory.LaAdmin.GetAsync("/admin/users/export?Organisation=100001");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("users.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(
            ["Name,Email,Organisation,Roles,Status,Last signed in (UTC)", "hetty,hetty@ash.test,Ash Primary School,Headteacher,Active,2026-11-28 08:30"],
            csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("users.exported", await _factory.AuditActionsAsync());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.test\")", "\"'=HYPERLINK(\"\"http://evil.test\"\")\"")]
    [InlineData("+44 1234", "'+44 1234")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTabbed", "'\tTabbed")]
    [InlineData("Smith, Jo", "\"Smith, Jo\"")]
    public async Task CellsThatASpreadsheetWouldRun_AreWrittenAsText(string name, string expectedCell)
    {
        await _factory.AccountAsync("sam@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser], u => u.DisplayName = name);

        var csv = await _factory.LaAdmin.GetStringAsync("/admin/users/export");

        Assert.StartsWith(expectedCell + ",sam@ash.test,", csv.TrimStart('\uFEFF').Split("\r\n")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHeadteachersExport_HoldsOnlyTheirOwnSchool()
    {
        await _factory.AccountAsync("hetty@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.Headteacher]);
        await _factory.AccountAsync("bea@birch.test", TestOrganisations.Birch.Id, [BuiltInRoles.Headteacher]);

        var csv = await _factory.AshHead.GetStringAsync("/admin/users/export");

        Assert.Contains("hetty@ash.test", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("bea@birch.test", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadFilter_SendsThePersonBackToTheListToSeeTheError()
    {
        var response = await _factory.LaAdmin.GetAsync("/admin/users/export?Organisation=123456");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/users?Organisation=123456", response.Headers.Location?.OriginalString);
    }

}
