using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Links;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Tenancy;

/// <summary>Links in emails are absolute and lead into the tenant the email is about.</summary>
public sealed class TenantLinksTests : IDisposable
{
    private readonly PerspectiveFactory _factory = new();

    [Theory]
    [InlineData("north", "north.test", null, "https://north.test/documents/42")]
    [InlineData("south", null, "south", "https://perspective.test/south/documents/42")]
    public async Task ALink_IsBuiltFromTheTenantsHostOrPrefix(string name, string? host, string? prefix, string expected)
    {
        await _factory.CreateTenantAsync(name, host, prefix);
        await using var scope = await _factory.TenantScopeAsync(name);

        var link = scope.ServiceProvider.GetRequiredService<IPortalLinks>().Link("/documents/42");

        Assert.Equal(expected, link.ToString());
    }

    [Fact]
    public async Task ALinkToTheDefaultTenant_UsesThePublicAddress()
    {
        await using var scope = await _factory.TenantScopeAsync();

        var link = scope.ServiceProvider.GetRequiredService<IPortalLinks>().Link("news");

        Assert.Equal("https://perspective.test/news", link.ToString());
    }

    public void Dispose() => _factory.Dispose();
}
