using Microsoft.AspNetCore.Http;

namespace Perspective.Core.Modules;

/// <summary>Answers 404 for an endpoint whose module is disabled, as if it did not exist.</summary>
public sealed class ModuleGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, IModuleFeatures features)
    {
        var module = context.GetEndpoint()?.Metadata.GetMetadata<ModuleEndpointMetadata>();
        if (module is not null && !features.IsEnabled(module.ModuleName))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
