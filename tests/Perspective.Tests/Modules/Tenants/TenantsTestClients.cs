using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Tenants;

/// <summary>Clients and look-ups the tenants module's tests share.</summary>
internal static class TenantsTestClients
{
    public static HttpClient PlatformAdmin(this PerspectiveFactory factory) =>
        factory.ClientFor("Pat Platform", BuiltInRoles.PlatformAdmin);

    /// <summary>A client on another tenant's host, signed in through the test header with the given roles.</summary>
    public static HttpClient SignedInOn(this PerspectiveFactory factory, string host, params string[] roles)
    {
        var client = factory.ClientOn(host);
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.HeaderValue("Someone", roles));
        return client;
    }

    public static Task<Tenant?> FindTenantAsync(this PerspectiveFactory factory, string name) =>
        factory.Services.GetRequiredService<ITenantCatalog>().FindAsync(name);

    /// <summary>A tenant's record in the catalogue only, with no database: enough for pages that only list or show it.</summary>
    public static Task AddTenantRecordAsync(this PerspectiveFactory factory, string name, TenantState state, string? host = null, string? prefix = null) =>
        factory.Services.GetRequiredService<ITenantCatalog>().SaveAsync(new Tenant
        {
            Name = name,
            DisplayName = $"{name} council",
            HostNames = host is null ? [] : [host],
            UrlPrefix = prefix,
            State = state,
            CreatedUtc = new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc),
        });

    /// <summary>The page with entities decoded, so assertions can quote messages as they read.</summary>
    public static async Task<string> HtmlAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
