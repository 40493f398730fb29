using System.Net;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Audit.Pages;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class ExportTests(PerspectiveFactory factory) : IClassFixture<PerspectiveFactory>, IAsyncLifetime
{
    private readonly PerspectiveFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Export_WithAnActionFilter_HoldsOnlyMatchingEvents()
    {
        await AuditEvents.AddAsync(_factory, ("test.kept-one", null, null), ("test.left-out", null, null), ("test.kept-two", null, null));

        var csv = await ExportAsync("?Action=kept");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Sequence,When (UTC),Action,Who,Organisation", lines[0], StringComparison.Ordinal);
        Assert.Equal(["test.kept-one", "test.kept-two"], lines.Skip(1).Select(l => l.Split(',')[2]));
    }

    [Fact]
    public async Task Export_CellThatLooksLikeAFormula_IsWrittenAsText()
    {
        await AuditEvents.AddAsync(_factory, ("test.formula", null, "=HYPERLINK(\"http://evil.example\")"), ("test.plus", null, "+1+1"));

        var csv = await ExportAsync("?Action=test.");

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains(",'+1+1,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IsAudited_WithItsFilters()
    {
        await ExportAsync("?Action=sign-in");

        Assert.Contains("audit.exported", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task Export_WithoutThePermission_IsForbidden()
    {
        var response = await _factory.ClientFor("Sam Staff", "LA officer").GetAsync("/admin/audit/export");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<string> ExportAsync(string query)
    {
        var response = await _factory.ClientFor("Ann Admin", "LA admin").GetAsync("/admin/audit/export" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return await response.Content.ReadAsStringAsync();
    }
}
