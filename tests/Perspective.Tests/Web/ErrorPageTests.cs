using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web;

public sealed class ErrorPageTests : IDisposable
{
    private const string Secret = "connection-string-password-123";
    private readonly ThrowingFactory _factory = new();

    [Fact]
    public async Task UnhandledException_ShowsTheGovUkProblemPage_WithoutInternals()
    {
        var response = await _factory.ClientFor("Ann Admin", "LA admin").GetAsync("/test/throw");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Sorry, there is a problem with the service", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAddress_ShowsTheGovUkNotFoundPage()
    {
        var response = await _factory.ClientFor("Ann Admin", "LA admin").GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1 class=\"govuk-heading-l\" data-testid=\"error-title\">Page not found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Adds, after every real endpoint, an address that throws, as a bug in a page would.</summary>
    private sealed class ThrowingFactory : PerspectiveFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingStartupFilter>());
        }
    }

    private sealed class ThrowingStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == "/test/throw"
                ? throw new InvalidOperationException($"Failed with {Secret}")
                : nextMiddleware(context));
        };
    }
}
