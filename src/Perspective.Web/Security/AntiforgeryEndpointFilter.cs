using Microsoft.AspNetCore.Antiforgery;

namespace Perspective.Web.Security;

/// <summary>
/// Validates the antiforgery token on every unsafe request to a module's endpoint. Razor Pages do
/// this themselves; minimal endpoints only check it when they bind a form, which a sign-out or an
/// action button may not. An endpoint opts out only with <c>DisableAntiforgery()</c>.
/// </summary>
public static class AntiforgeryEndpointFilter
{
    public static async ValueTask<object?> ValidateAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var method = context.Request.Method;
        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
        var optedOut = context.GetEndpoint()?.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: false };
        if (!safe && !optedOut && !await IsValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        return await next(invocation);
    }

    private static async Task<bool> IsValidAsync(HttpContext context)
    {
        try
        {
            return await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            // The form holding the token could not be read (cut short or malformed): no valid token.
            return false;
        }
    }
}
