using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Organisations;
using Perspective.Core.Recipes;
using Perspective.Organisations.Authorization;
using Perspective.Organisations.Groups;
using Perspective.Organisations.Import;
using Perspective.Organisations.Recipes;

namespace Perspective.Organisations;

internal static class OrganisationServices
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services)
    {
        services.AddScoped<IOrganisationDirectory, OrganisationDirectory>();
        services.AddScoped<IAuthorizationHandler, OrganisationAuthorizationHandler>();
        services.AddScoped<PhaseGroups>();
        services.AddScoped<GroupMembersReader>();
        services.AddScoped<ImportPreviewer>();
        services.AddScoped<ImportApplier>();
        services.AddScoped<ImportUploads>();
        return services.AddRecipeStepWithExport<OrganisationsRecipeStep>();
    }
}
