using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Organisations;

internal static class OrganisationServices
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services) => services;
}
