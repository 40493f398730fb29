using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Core.Modules;
using Perspective.Core.Navigation;
using Perspective.Core.Security;
using Perspective.Organisations.Data;

namespace Perspective.Organisations;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) => services.AddOrganisations();

    public override void ConfigureModel(ModelBuilder modelBuilder) => OrganisationsModel.Configure(modelBuilder);

    public override ModuleData Data => Perspective.Organisations.Data.OrganisationsDbContext.Data;

    public override IEnumerable<Perspective.Core.Events.EventDescriptor> Events => OrganisationsEvents.All;

    public override IEnumerable<PermissionDeclaration> Permissions =>
    [
        new(OrganisationPermissions.ViewAllOrganisations,
            [BuiltInRoles.PlatformAdmin, BuiltInRoles.LaAdmin, BuiltInRoles.LaEditor, BuiltInRoles.LaOfficer, BuiltInRoles.VirtualSchoolOfficer]),
        new(OrganisationPermissions.ViewOwnOrganisation, [BuiltInRoles.Headteacher, BuiltInRoles.SchoolUser, BuiltInRoles.SchoolStaff], PermissionScope.Schools),
        new(OrganisationPermissions.ManageOrganisations, [BuiltInRoles.PlatformAdmin, BuiltInRoles.LaAdmin]),
    ];

    public override void BuildAdminMenu(MenuBuilder menu) =>
        menu.Add("Schools and teams", "/admin/organisations", OrganisationPermissions.ViewAllOrganisations, position: 100);
}
