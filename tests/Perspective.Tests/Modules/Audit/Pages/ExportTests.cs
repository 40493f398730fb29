using System.Net;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Audit.Pages;

public sealed class SqliteExportTests() : ExportTests(postgres: false);

public sealed class PostgresExportTests() : ExportTests(postgres: true);

/// <summary>The audit trail exported to CSV, with its filters, safe from formulas.</summary>
public abstract class ExportTests(bool postgres) : HostOnEitherDatabase<PerspectiveFactory>(postgres, new PerspectiveFactory())
{

    [Fact]
    public async Task Export_WithAnActionFilter_HoldsOnlyMatchingEvents()
    {
        await AuditEvents.AddAsync(Factory, ("test.kept-one", null, null), ("test.left-out", null, null), ("test.kept-two", null, null));

        var csv = await ExportAsync("?Action=kept");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Sequence,When (UTC),Action,Who,Organisation", lines[0], StringComparison.Ordinal);
        Assert.Equal(["test.kept-one", "test.kept-two"], lines.Skip(1).Select(l => l.Split(',')[2]));
    }

    [Fact]
    public async Task Export_CellThatLooksLikeAFormula_IsWrittenAsText()
    {
        await AuditEvents.AddAsync(Factory, ("test.formula", null, "=HYPERLINK(\"http://evil.example\")"), ("test.plus", null, "+1+1"));

        var csv = await ExportAsync("?Action=test.");

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains(",'+1+1,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IsAudited_WithItsFilters()
    {
        await ExportAsync("?Action=sign-in");

        Assert.Contains("audit.exported", await Factory.AuditActionsAsync());
    }

    [Fact]
    public async Task Export_WithoutThePermission_IsForbidden()
    {
        var response = await Factory.ClientFor("Sam Staff", "LA officer").GetAsync("/admin/audit/export");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<string> ExportAsync(string query)
    {
        var response = await Factory.ClientFor("Ann Admin", "LA admin").GetAsync("/admin/audit/export" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return await response.Content.ReadAsStringAsync();
    }
}
