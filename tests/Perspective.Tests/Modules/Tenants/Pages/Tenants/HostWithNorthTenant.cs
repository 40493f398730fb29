using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Tenants.Pages.Tenants;

/// <summary>The real host with a second tenant, north (from the la-portal recipe, on north.test), made once for a class's tests.</summary>
public sealed class HostWithNorthTenant : PerspectiveFactory, IAsyncLifetime
{
    public Task InitializeAsync() => this.CreateTenantAsync("north", host: "north.test");

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
