using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Organisations.Pages.Settings;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class OrganisationSettingsTests(OrganisationsFactory factory) : IClassFixture<OrganisationsFactory>, IAsyncLifetime
{
    private readonly OrganisationsFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SavingTheLiteLimit_ChangesLiteSchoolsLimits()
    {
        await _factory.AddSchoolsAsync((100001, "8882001", "Northby Primary School"));

        var response = await _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin).SubmitAsync("/admin/organisations/settings", new Dictionary<string, string> { ["LiteAccountLimit"] = "4" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = await _factory.TenantScopeAsync();
        Assert.Equal(4, (await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindAsync("school-100001"))!.AccountLimit);
    }

    [Theory]
    [InlineData("", "Enter how many accounts a Lite school may have")]
    [InlineData("two", "Account limit must be a whole number, like 2")]
    [InlineData("0", "Account limit must be between 1 and 100")]
    [InlineData("1000", "Account limit must be between 1 and 100")]
    public async Task BadLimits_AreRefused(string value, string message)
    {
        var response = await _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin).SubmitAsync("/admin/organisations/settings", new Dictionary<string, string> { ["LiteAccountLimit"] = value });

        Assert.Contains($"<a href=\"#LiteAccountLimit\">{message}</a>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("organisations.settings-changed", await _factory.AuditActionsAsync());
    }

}
