using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Links;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Tenancy;

/// <summary>Links in emails from a portal started with `dotnet run` and no public address configured.</summary>
public sealed class TenantLinksInDevelopmentTests
{
    [Fact]
    public async Task InDevelopment_WithoutAPublicUrl_LinksInEmails_UseThePortTheServerListensOn()
    {
        using var factory = new DevelopmentFactory();
        factory.With("Perspective:PublicUrl", null);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var listening = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        // Outside a request, as the email sender and the jobs build links.
        await using var scope = await factory.TenantScopeAsync();
        var link = scope.ServiceProvider.GetRequiredService<IPortalLinks>().Link("/activate/a-token");

        Assert.NotEqual(5080, new Uri(listening).Port);
        Assert.Equal($"http://127.0.0.1:{new Uri(listening).Port}/activate/a-token", link.ToString());
    }

    /// <summary>The host as <c>dotnet run</c> starts it on a developer's machine.</summary>
    private sealed class DevelopmentFactory : PerspectiveFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}
