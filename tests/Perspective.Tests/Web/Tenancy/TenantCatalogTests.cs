using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Tenancy;

public sealed class TenantCatalogTests : IDisposable
{
    private readonly PerspectiveFactory _factory = new();

    [Fact]
    public async Task ChangingATenantBeforeSavingIt_ChangesNoOneElsesView()
    {
        var catalog = _factory.Services.GetRequiredService<ITenantCatalog>();
        var mine = (await catalog.FindAsync(Tenant.DefaultName))!;

        mine.EnabledFeatures.Clear();
        mine.DisplayName = "Not saved";
        var theirs = (await catalog.FindAsync(Tenant.DefaultName))!;

        Assert.NotEmpty(theirs.EnabledFeatures);
        Assert.Equal(RunningDefaultTenant.LocalAuthorityName, theirs.DisplayName);
    }

    public void Dispose() => _factory.Dispose();
}
