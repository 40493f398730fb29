using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Tenants.Creation;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Tenants.Creation;
using Quartz;

namespace Perspective.Tests.Modules.Tenants.Pages.Tenants.Create;

/// <summary>The create-a-tenant journey on PostgreSQL: bad answers, a creation through to the tenant's page, and a second administrator.</summary>
public sealed class CreateTenantOnPostgresTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await CreationNodeFactory.DropTenantDatabaseAsync(_database.ConnectionString, "eastshire");
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task BadAnswers_AreShownAgainstTheirFields_AndCreateNothing_OnPostgres()
    {
        using var host = new CreationNodeFactory(_database.ConnectionString);
        var client = host.PlatformAdmin();

        foreach (var bad in CreateTenantTests.BadAnswers)
        {
            var (field, value, fieldId, message) = ((string)bad[0], (string)bad[1], (string)bad[2], (string)bad[3]);
            var answers = CreateTenantTests.GoodAnswers();
            answers[field] = value;
            if (field == "UrlPrefix")
            {
                answers["HostName"] = "";
            }

            var response = await client.SubmitAsync("/admin/tenants/create", answers);
            var html = await response.HtmlAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"<li><a href=\"#{fieldId}\">{message}</a></li>", html, StringComparison.Ordinal);
            Assert.Contains($"<p id=\"{fieldId}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {message}</p>", html, StringComparison.Ordinal);
        }

        Assert.Single(await host.Services.GetRequiredService<ITenantCatalog>().ListAsync());
        Assert.Equal(0, await host.QueryAsync(db => db.Set<TenantCreation>().CountAsync()));
        Assert.Empty(await host.AuditActionsAsync());
    }

    [Fact]
    public async Task Confirm_CreatesTheTenant_RecordingEachStep_AndLeadsToItsPage_OnPostgres()
    {
        using var host = new CreationNodeFactory(_database.ConnectionString);
        var client = host.PlatformAdmin();

        var confirmed = await client.CreateThroughThePagesAsync(CreateTenantTests.GoodAnswers());
        var progressPath = confirmed.Headers.Location!.OriginalString;
        var status = await client.WaitForCreationAsync(progressPath);
        var tenantPage = await (await client.GetAsync(status.GetProperty("redirect").GetString())).HtmlAsync();
        var site = await host.ClientOn("east.test").GetAsync("/sign-in");
        var stored = await host.QueryAsync(db => db.Set<TenantCreation>().AsNoTracking().SingleAsync());

        Assert.Matches("^/admin/tenants/create/progress/[0-9a-f]{32}$", progressPath);
        Assert.Equal("Succeeded", status.GetProperty("state").GetString());
        Assert.Contains("<p class=\"govuk-notification-banner__heading\">Tenant eastshire created</p>", tenantPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, site.StatusCode);
        Assert.Equal(TenantState.Running, (await host.FindTenantAsync("eastshire"))?.State);
        Assert.Equal(progressPath[(progressPath.LastIndexOf('/') + 1)..], stored.Id);
        Assert.Equal(("eastshire", "Pat Platform", TenantCreationState.Succeeded), (stored.TenantName, stored.OwnerId, stored.State));
        Assert.True(stored.Steps > 0 && stored.Step == stored.Steps, $"Step {stored.Step} of {stored.Steps} was recorded.");
        Assert.Null(stored.Error);
    }

    [Fact]
    public async Task AnotherAdministrator_ConfirmingATenantBeingCreated_IsToldSo_AndStartsNothing_OnPostgres()
    {
        using var host = new CreationNodeFactory(_database.ConnectionString, holdsAfterDatabase: true);
        try
        {
            var other = host.ClientFor("Petra Platform", BuiltInRoles.PlatformAdmin);
            // Both fill in the form while the name is free; the first confirms, then the other.
            Assert.Equal(HttpStatusCode.Redirect, (await other.SubmitAsync("/admin/tenants/create", CreateTenantTests.GoodAnswers())).StatusCode);
            var first = await host.PlatformAdmin().CreateThroughThePagesAsync(CreateTenantTests.GoodAnswers());
            await host.Held.Task.WaitAsync(TenantCreationPolling.Patience);

            var response = await other.SubmitAsync("/admin/tenants/create/check-answers", new Dictionary<string, string>());
            var html = await response.HtmlAsync();

            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("<li>There is already a tenant called 'eastshire' being created</li>", html, StringComparison.Ordinal);
            Assert.Equal(1, await host.QueryAsync(db => db.Set<TenantCreation>().CountAsync()));
        }
        finally
        {
            // The held creation never ends: stop the scheduler without waiting for it.
            await (await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).Shutdown(waitForJobsToComplete: false);
        }
    }
}
