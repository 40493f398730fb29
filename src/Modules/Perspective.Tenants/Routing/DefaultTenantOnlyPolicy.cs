using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Tenants;

namespace Perspective.Tenants.Routing;

/// <summary>
/// Makes marked endpoints match only in the default tenant. Elsewhere they are not candidates, so
/// the request answers as any unknown address does (404, or the sign-in page for an anonymous
/// visitor) before authorization runs: nobody in a Local Authority's tenant can tell they exist.
/// </summary>
internal sealed class DefaultTenantOnlyPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    // After the framework's own policies, which swap a page's placeholder endpoint for the compiled page.
    public override int Order => 1000;

    /// <summary>Marks every route of a page as default-tenant only; a page route model convention.</summary>
    public static void Mark(PageRouteModel model)
    {
        foreach (var selector in model.Selectors)
        {
            selector.EndpointMetadata.Add(DefaultTenantOnlyMetadata.Instance);
        }
    }

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(IsMarked);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        if (httpContext.RequestServices.GetRequiredService<ITenantContext>().Current.IsDefault)
        {
            return Task.CompletedTask;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (IsMarked(candidates[i].Endpoint))
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsMarked(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<DefaultTenantOnlyMetadata>() is not null;

    private sealed class DefaultTenantOnlyMetadata
    {
        public static readonly DefaultTenantOnlyMetadata Instance = new();
    }
}
