using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Core.Modules;
using Perspective.Core.Navigation;
using Perspective.Core.Security;
using Perspective.Roles.Data;

namespace Perspective.Roles;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) => services.AddRoles();

    public override void ConfigureModel(ModelBuilder modelBuilder) => RolesModel.Configure(modelBuilder);

    public override ModuleData Data => Perspective.Roles.Data.RolesDbContext.Data;

    public override IEnumerable<Perspective.Core.Events.EventDescriptor> Events => RolesEvents.All;

    public override IEnumerable<PermissionDeclaration> Permissions =>
    [
        new(RolesPermissions.ManageRoles, [BuiltInRoles.PlatformAdmin, BuiltInRoles.LaAdmin]),
    ];

    public override void BuildAdminMenu(MenuBuilder menu) =>
        menu.Add("Roles", "/admin/roles", RolesPermissions.ManageRoles, position: 210);
}
