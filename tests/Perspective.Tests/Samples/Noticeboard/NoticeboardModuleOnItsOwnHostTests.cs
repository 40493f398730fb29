using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Modules;
using Perspective.Core.Security;
using Perspective.Noticeboard;
using Perspective.Noticeboard.Jobs;
using Perspective.Tests.Core.Jobs;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Cli;

namespace Perspective.Tests.Samples.Noticeboard;

/// <summary>
/// The sample module where each test needs a host of its own: a portal without the tests' loader,
/// a deployment that switches the module off (read when the host starts), and the sweep the host
/// schedules for its default tenant as it starts (the default tenant is the host's, not a test's).
/// </summary>
public sealed class NoticeboardModuleOnItsOwnHostTests
{
    [Fact]
    public async Task ThePortalWithoutTheTestsLoader_HasNoNoticeboard_SoTheSampleNeverShips()
    {
        using var portal = new PerspectiveFactory();

        var response = await portal.ClientFor("Olu Officer", BuiltInRoles.LaOfficer).GetAsync("/noticeboard");

        Assert.Null(portal.Services.GetRequiredService<ModuleCatalog>().Find(Startup.ModuleName));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ItsSweep_IsScheduledAsARecurringJob_WhenTheHostStarts()
    {
        using var factory = new NoticeboardFactory();

        Assert.True(await RecurringRounds.IsScheduledAsync(factory.Services, UnpinExpiredNoticesJob.Name), "The noticeboard's sweep should be scheduled.");
    }

    [Fact]
    public void Help_LeavesOutTheVerb_WhenTheModuleIsSwitchedOffForTheDeployment()
    {
        using var factory = new NoticeboardFactory().With("Perspective:Modules:Disabled:0", Startup.ModuleName);

        var help = CliVerbs.Usage(CliVerbs.Available(factory.Services));

        Assert.DoesNotContain("noticeboard list", help, StringComparison.Ordinal);
        Assert.Contains("audit verify", help, StringComparison.Ordinal);
    }
}
