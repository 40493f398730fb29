using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Core.Modules;
using Perspective.Core.Navigation;
using Perspective.Core.Security;
using Perspective.Users.Administration;
using Perspective.Users.Data;
using Perspective.Users.Invitations;
using Perspective.Users.Sessions;

namespace Perspective.Users;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddAccounts();
        services.AddSignInAndSessions();
        services.AddInvitationsAndPasswords();
        services.AddUserAdministration();
        services.AddSingleton<Demo.DemoPasswords>();
        services.AddScoped<Perspective.Core.Recipes.IRecipeStep, Demo.UsersRecipeStep>();
        services.AddScoped<Perspective.Core.Accounts.IUserDirectory, People.UserDirectory>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => UsersModel.Configure(modelBuilder);

    public override ModuleData Data => Perspective.Users.Data.UsersDbContext.Data;

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSessionEndpoints();

    public override IEnumerable<Perspective.Core.Events.EventDescriptor> Events => UsersEvents.All;

    public override IEnumerable<PermissionDeclaration> Permissions =>
    [
        new(UsersPermissions.ManageUsers, [BuiltInRoles.PlatformAdmin, BuiltInRoles.LaAdmin]),
        new(UsersPermissions.ManageOwnSchoolUsers, [BuiltInRoles.Headteacher], PermissionScope.Schools),
    ];

    public override IEnumerable<EmailKind> EmailKinds => UsersEmailKinds.All;

    public override void BuildAdminMenu(MenuBuilder menu) => menu
        .Add("Users", "/admin/users", UsersPermissions.ManageUsers, position: 200)
        .Add("Your school's accounts", "/admin/users", UsersPermissions.ManageOwnSchoolUsers, position: 201)
        .Add("Two-factor policy", "/admin/two-factor", UsersPermissions.ManageUsers, position: 220);
}
