using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Perspective.BrowserTests.Infrastructure;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Core.Tenants;
using Perspective.Organisations.Data;
using Perspective.Users;

namespace Perspective.BrowserTests.Organisations;

/// <summary>
/// Puts a journey's own data straight into the shared server's default tenant: schools and accounts
/// with names and URNs of the test's own, since every test meets the others' data.
/// </summary>
internal static class TenantData
{
    public static async Task InTenantAsync(PerspectiveServer server, Func<IServiceProvider, Task> work)
    {
        var tenant = (await server.Services.GetRequiredService<ITenantCatalog>().FindAsync(Tenant.DefaultName))!;
        await using var scope = server.Services.GetRequiredService<ITenantScopeFactory>().CreateScope(tenant);
        await work(scope.ServiceProvider);
    }

    /// <summary>An open school as a GIAS import would leave it, with id <c>school-{urn}</c>.</summary>
    public static Organisation School(int urn, string name, string phase = "Primary") => new()
    {
        Id = $"school-{urn}",
        Kind = OrganisationKind.School,
        Name = name,
        Urn = urn,
        LaCode = "888",
        LaName = "Northshire",
        EstablishmentNumber = (urn % 10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        DfeNumber = "888" + (urn % 10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        TypeOfEstablishment = "Community school",
        Phase = phase,
        GiasStatus = "Open",
        Postcode = "NS1 1AA",
        HeadFirstName = "Hilary",
        HeadLastName = "Head",
        Edition = SchoolEdition.Lite,
        CreatedUtc = TimeProvider.System.GetUtcNow().UtcDateTime,
        UpdatedUtc = TimeProvider.System.GetUtcNow().UtcDateTime,
    };

    public static Task AddAsync(PerspectiveServer server, params Organisation[] organisations) =>
        InTenantAsync(server, async services =>
        {
            var db = services.GetRequiredService<TenantDbContext>();
            db.Set<Organisation>().AddRange(organisations);
            await db.SaveChangesAsync();
        });

    /// <summary>An activated account with a password; returns its id. <paramref name="change"/> adjusts it before it is saved again.</summary>
    public static async Task<string> CreateAccountAsync(
        PerspectiveServer server, string name, string email, string password, string[] roles, string? organisationId = null, Action<PerspectiveUser>? change = null)
    {
        var id = "";
        await InTenantAsync(server, async services =>
        {
            var problems = await services.GetRequiredService<IAccountCreator>().CreateAsync(name, email, password, roles);
            Assert.Empty(problems);
            var users = services.GetRequiredService<UserManager<PerspectiveUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.OrganisationId = organisationId;
            change?.Invoke(user);
            Assert.True((await users.UpdateAsync(user)).Succeeded);
            id = user.Id;
        });
        return id;
    }
}
