using System.Net;
using Perspective.Tests.Core.Audit;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Audit.Pages;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class VerifyTests(PerspectiveFactory factory) : IClassFixture<PerspectiveFactory>, IAsyncLifetime
{
    private const string PagePath = "/admin/audit/verify";
    private readonly PerspectiveFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Check_AnUntouchedTrail_SaysIntact()
    {
        await AuditEvents.AddAsync(_factory, ("test.one", null, null), ("test.two", null, null));

        var response = await _factory.ClientFor("Ann Admin", "LA admin").SubmitAsync(PagePath, new Dictionary<string, string>());

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"audit-intact\"", html, StringComparison.Ordinal);
        Assert.Contains("Audit trail intact:", html, StringComparison.Ordinal);
        Assert.Contains("audit.verified", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task Check_ATrailWithADeletedEvent_NamesTheFirstBrokenLink()
    {
        var sequences = await AuditTampering.RecordAsync(_factory, 3);
        await AuditTampering.ExecuteAsync(_factory, $"""DELETE FROM "AuditEvents" WHERE "Sequence" = {sequences[1]};""");

        var response = await _factory.ClientFor("Ann Admin", "LA admin").SubmitAsync(PagePath, new Dictionary<string, string>());

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"audit-broken\"", html, StringComparison.Ordinal);
        Assert.Contains($"Audit trail broken at event {sequences[1]}:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WithoutThePermission_IsForbidden()
    {
        var response = await _factory.ClientFor("Hana Head", "Headteacher").GetAsync(PagePath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

}
