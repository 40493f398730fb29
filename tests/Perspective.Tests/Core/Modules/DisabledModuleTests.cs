using System.Net;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Modules;

public sealed class DisabledModuleTests : IDisposable
{
    private readonly PerspectiveFactory _enabled = new();
    private readonly PerspectiveFactory _disabled = new PerspectiveFactory().With("Perspective:Modules:Disabled:0", "Perspective.Audit");

    [Fact]
    public async Task EnabledModule_ServesItsPage()
    {
        var response = await _enabled.ClientFor("Ann Admin", "LA admin").GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task DisabledModule_AnswersNotFound_WithTheGovUkPage()
    {
        var response = await _disabled.ClientFor("Ann Admin", "LA admin").GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisabledModule_AnswersNotFound_EvenToAnonymousVisitors()
    {
        var response = await _disabled.CreateClient().GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DisabledModule_LeavesTheAdminMenu()
    {
        var enabledHome = await (await _enabled.ClientFor("Ann Admin", "LA admin").GetAsync("/")).Content.ReadAsStringAsync();
        var disabledHome = await (await _disabled.ClientFor("Ann Admin", "LA admin").GetAsync("/")).Content.ReadAsStringAsync();

        Assert.Contains("Audit trail", enabledHome, StringComparison.Ordinal);
        Assert.DoesNotContain("Audit trail", disabledHome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisabledModule_EndpointsOutsideRazorPages_AnswerNotFoundToo()
    {
        var factory = new PerspectiveFactory().With("Perspective:Modules:Disabled:0", "Perspective.Users");
        using (factory)
        {
            var response = await factory.CreateClient().PostAsync("/sign-out", null);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    public void Dispose()
    {
        _enabled.Dispose();
        _disabled.Dispose();
    }
}
