using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Perspective.Core.Audit;
using Perspective.Core.Modules;

namespace Perspective.Users;

public sealed class Startup : ModuleStartup
{
    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/sign-out", SignOutAsync)
            .AllowAnonymous();

    /// <summary>Ends the session. POST only; the host checks the antiforgery token the sign-out form carries.</summary>
    private static async Task<RedirectHttpResult> SignOutAsync(HttpContext context, IAuditLog audit)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordNowAsync("users.sign-out");
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }

        return TypedResults.Redirect(context.Request.PathBase + "/sign-in");
    }
}
