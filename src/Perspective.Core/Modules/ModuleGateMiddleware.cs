using Microsoft.AspNetCore.Http;

namespace Perspective.Core.Modules;

/// <summary>
/// Answers 404 for an endpoint whose module is disabled, as if it did not exist. An integration's
/// endpoint carries one <see cref="ModuleEndpointMetadata"/> per module it needs; all must be enabled.
/// </summary>
public sealed class ModuleGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, IModuleFeatures features)
    {
        var modules = context.GetEndpoint()?.Metadata.GetOrderedMetadata<ModuleEndpointMetadata>() ?? [];
        if (modules.Any(m => !features.IsEnabled(m.ModuleName)))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
