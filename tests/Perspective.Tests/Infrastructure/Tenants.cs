using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Tenants;
using Perspective.Users;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Infrastructure;

public static class Tenants
{
    public const string Password = "correct horse battery staple";

    /// <summary>Creates a tenant through the host's tenant manager from the la-portal recipe.</summary>
    public static async Task CreateTenantAsync(this PerspectiveFactory factory, string name, string? host = null, string? prefix = null)
    {
        var manager = factory.Services.GetRequiredService<ITenantManager>();
        var problems = await manager.CreateAsync(new NewTenant(name, $"{name} council", host is null ? [] : [host], prefix, "la-portal", null), carryOn: false);
        Assert.Empty(problems);
    }

    /// <summary>Creates an account with the test password in a tenant.</summary>
    public static async Task CreateAccountAsync(this PerspectiveFactory factory, string email, string[] roles, string? tenantName = null)
    {
        await using var scope = await factory.TenantScopeAsync(tenantName);
        var problems = await scope.ServiceProvider.GetRequiredService<IAccountCreator>().CreateAsync(email.Split('@')[0], email, Password, roles);
        Assert.Empty(problems);
    }

    /// <summary>A client on the given host (HTTPS, no automatic redirects).</summary>
    public static HttpClient ClientOn(this PerspectiveFactory factory, string host) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"https://{host}"), AllowAutoRedirect = false });

    /// <summary>
    /// Signs in through the real sign-in page and returns the last response. When the account's role
    /// requires two-factor and it is not set up yet, sets it up as a person would (reading the key
    /// from the page), so the client ends signed in either way.
    /// </summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = Password, string pathBase = "")
    {
        var response = await client.SubmitAsync($"{pathBase}/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"Sign-in answered {response.StatusCode}.");
        if (response.Headers.Location?.OriginalString.Contains("/sign-in/set-up-two-factor", StringComparison.Ordinal) == true)
        {
            response = await client.SetUpTwoFactorAsync($"{pathBase}/sign-in/set-up-two-factor");
        }

        return response;
    }

    /// <summary>The value of a cookie the response set, by name.</summary>
    public static string CookieValue(this HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';')[0])
            .Single(c => c.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];
}
