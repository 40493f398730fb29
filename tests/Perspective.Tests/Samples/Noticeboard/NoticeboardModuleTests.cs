using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Cli;
using Perspective.Core.Events;
using Perspective.Core.Security;
using Perspective.Noticeboard;
using Perspective.Noticeboard.Cli;
using Perspective.Noticeboard.Integrations;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Cli;

namespace Perspective.Tests.Samples.Noticeboard;

/// <summary>
/// The sample module of docs/writing-a-module.md, loaded into a real host: each thing it declares
/// is wired in. What it stores is tested on both databases in <see cref="NoticeboardDataTests"/>.
/// One host for the class; each test in a tenant of its own on it, whose modules the switches
/// change. The tests that need a host started otherwise, or read the default tenant, are in
/// <see cref="NoticeboardModuleOnItsOwnHostTests"/>.
/// </summary>
public sealed class NoticeboardModuleTests(NoticeboardFactory factory) : IClassFixture<NoticeboardFactory>, IAsyncLifetime
{
    private readonly NoticeboardFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient LaOfficer => _factory.ClientFor("Olu Officer", BuiltInRoles.LaOfficer);

    private HttpClient LaAdmin => _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

    [Fact]
    public void ItsEvents_AreDeclaredByTheModule_AndAudited()
    {
        var declared = _factory.Services.GetRequiredService<DeclaredEvents>();

        var pinned = declared.Find("noticeboard.notice-pinned");
        var unpinned = declared.Find("noticeboard.notice-unpinned");

        Assert.Equal((Startup.ModuleName, true, typeof(NoticePinned)), (pinned?.Source, pinned?.Descriptor.Audited, pinned?.Descriptor.PayloadType));
        Assert.Equal((Startup.ModuleName, true), (unpinned?.Source, unpinned?.Descriptor.Audited));
    }

    [Fact]
    public void ItsPermission_IsHeldByLaAdminsAndOfficers_ByDefault_AndByNoSchoolRole()
    {
        var permissions = _factory.Services.GetRequiredService<DeclaredPermissions>();

        Assert.Contains(NoticeboardPermissions.UseNoticeboard.Name, permissions.DefaultsFor(BuiltInRoles.LaOfficer));
        Assert.Contains(NoticeboardPermissions.UseNoticeboard.Name, permissions.DefaultsFor(BuiltInRoles.LaAdmin));
        Assert.DoesNotContain(NoticeboardPermissions.UseNoticeboard.Name, permissions.DefaultsFor(BuiltInRoles.Headteacher));
        Assert.Equal(PermissionScope.LaStaff, permissions.ScopeOf(NoticeboardPermissions.UseNoticeboard.Name));
    }

    [Fact]
    public void Help_ListsTheModulesVerb_AfterTheHostsOwn()
    {
        var verbs = CliVerbs.Available(_factory.Services);

        var help = CliVerbs.Usage(verbs);

        Assert.Contains("\n  noticeboard list [--tenant NAME]\n      List the notices pinned on a tenant's noticeboard.", help, StringComparison.Ordinal);
        Assert.True(verbs.ToList().FindIndex(v => v.Name == "noticeboard") > verbs.ToList().FindIndex(v => v.Name == "recipe"));
    }

    [Fact]
    public async Task TheVerb_WithoutSayingWhatToDo_IsBadInput()
    {
        var error = await Assert.ThrowsAsync<CliException>(() => NoticeboardVerbs.ListAsync(_factory.Services, new CliArguments(["show"]), TextWriter.Null));

        Assert.Equal("Say which noticeboard command: list.", error.Message);
    }

    [Fact]
    public async Task TheVerb_ForATenantThatDoesNotExist_IsBadInput()
    {
        var error = await Assert.ThrowsAsync<CliException>(() => NoticeboardVerbs.ListAsync(_factory.Services, new CliArguments(["list", "--tenant", "nowhere"]), TextWriter.Null));

        Assert.Equal("There is no tenant called 'nowhere'.", error.Message);
    }

    [Fact]
    public async Task ThePage_ForAnLaOfficer_ShowsTheBoardInTheThemesLayout()
    {
        var response = await LaOfficer.GetAsync("/noticeboard");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Noticeboard</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"noticeboard-empty\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-service-navigation\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePage_ForAHeadteacher_IsForbidden()
    {
        var response = await _factory.ClientForOrganisation("Hal Head", "school-100001", BuiltInRoles.Headteacher).GetAsync("/noticeboard");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ThePage_ForSomeoneNotSignedIn_RedirectsToSignIn()
    {
        var response = await _factory.CreateClient().GetAsync("/noticeboard");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task TheAdminMenu_LinksToTheBoard_AndToItsHistoryWhileTheAuditModuleIsOn()
    {
        var admin = await (await LaAdmin.GetAsync("/admin")).Content.ReadAsStringAsync();

        Assert.Contains("href=\"/noticeboard\"", admin, StringComparison.Ordinal);
        Assert.Contains(AuditIntegration.MenuText, admin, StringComparison.Ordinal);
        Assert.Contains("/admin/audit?Kind=noticeboard.notice-pinned", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTheAuditModuleOff_TheHistoryEntryVanishes_WhileTheBoardStaysOn()
    {
        await DisableAsync("Perspective.Audit");

        var admin = await (await LaAdmin.GetAsync("/admin")).Content.ReadAsStringAsync();
        var board = await LaOfficer.GetAsync("/noticeboard");

        Assert.DoesNotContain(AuditIntegration.MenuText, admin, StringComparison.Ordinal);
        Assert.Contains("href=\"/noticeboard\"", admin, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
    }

    [Fact]
    public async Task WithTheModuleOff_ThePageAnswers404_AndItsMenuEntriesVanish()
    {
        await DisableAsync(Startup.ModuleName);

        var board = await LaOfficer.GetAsync("/noticeboard");
        var admin = await (await LaAdmin.GetAsync("/admin")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, board.StatusCode);
        Assert.DoesNotContain("href=\"/noticeboard\"", admin, StringComparison.Ordinal);
        Assert.DoesNotContain(AuditIntegration.MenuText, admin, StringComparison.Ordinal);
    }

    private async Task DisableAsync(string module)
    {
        var response = await LaAdmin.SubmitAsync("/admin/features", new Dictionary<string, string> { ["module"] = module }, "/admin/features?handler=Disable");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
