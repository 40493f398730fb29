using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Perspective.Core.Security;

namespace Perspective.Tests.Infrastructure;

/// <summary>
/// Signs a request in as the user named in the <c>X-Test-User</c> header (<c>name|role,role|organisation</c>).
/// Swapped into the test host only; requests without the header go through the real cookie scheme.
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Header = "X-Test-User";

    /// <summary>Adds the test scheme in front of the cookie scheme: the header signs in, anything else is as in production.</summary>
    public static void AddTestSignIn(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(SchemeName, _ => { })
            .AddPolicyScheme("TestOrCookie", null, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(Header) ? SchemeName : IdentityConstants.ApplicationScheme);
        services.PostConfigure<AuthenticationOptions>(options =>
        {
            options.DefaultAuthenticateScheme = "TestOrCookie";
            options.DefaultChallengeScheme = IdentityConstants.ApplicationScheme;
            options.DefaultForbidScheme = IdentityConstants.ApplicationScheme;
        });
    }

    public static string HeaderValue(string name, string[] roles, string organisationId = "LA") =>
        $"{name}|{string.Join(',', roles)}|{organisationId}";

    private string Tenant => Context.RequestServices.GetRequiredService<Perspective.Core.Tenants.ITenantContext>().Current.Name;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var value) || value.ToString().Split('|') is not [var name, var roles, var organisation])
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, name),
            new(ClaimTypes.Name, name),
            new(PerspectiveClaimTypes.OrganisationId, organisation),
            new(PerspectiveClaimTypes.Tenant, Tenant),
        };
        claims.AddRange(roles.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(role => new Claim(ClaimTypes.Role, role)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
