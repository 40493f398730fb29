using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Perspective.Core.Cli;
using Perspective.Core.Events;
using Perspective.Core.Jobs;
using Perspective.Core.Modules;
using Perspective.Core.Navigation;
using Perspective.Core.Recipes;
using Perspective.Core.Security;
using Perspective.Noticeboard.Cli;
using Perspective.Noticeboard.Jobs;
using Perspective.Noticeboard.Notices;
using Perspective.Noticeboard.Recipes;

namespace Perspective.Noticeboard;

public sealed class Startup : ModuleStartup
{
    public const string ModuleName = "Perspective.Noticeboard";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<NoticeboardOptions>().BindConfiguration("Perspective:Noticeboard");
        services.AddScoped<NoticeBoard>();
        services.AddEventSubscriber<NoticePinned, PinnedTally>(PinnedTally.Name, NoticeboardEvents.NoticePinned);
        services.AddRecurringTenantJob<UnpinExpiredNoticesJob>(UnpinExpiredNoticesJob.Name, ModuleName, sp =>
            RecurringSchedule.Every(sp.GetRequiredService<IOptions<NoticeboardOptions>>().Value.SweepInterval));
        services.AddScoped<IRecipeStep, NoticeboardStep>();
    }

    public override IEnumerable<PermissionDeclaration> Permissions =>
    [
        new(NoticeboardPermissions.UseNoticeboard, [BuiltInRoles.LaAdmin, BuiltInRoles.LaOfficer]),
    ];

    public override IEnumerable<EventDescriptor> Events => NoticeboardEvents.All;

    public override IEnumerable<CliVerb> CliVerbs => [NoticeboardVerbs.Verb];

    public override void BuildAdminMenu(MenuBuilder menu) =>
        menu.Add("Noticeboard", "/noticeboard", NoticeboardPermissions.UseNoticeboard, position: 500);
}
