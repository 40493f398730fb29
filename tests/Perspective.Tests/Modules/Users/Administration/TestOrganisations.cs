using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Core.Tenants;
using Perspective.Organisations.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Modules.Users.Administration;

/// <summary>A few organisations, stored in the default tenant when the host starts, for the user administration tests.</summary>
public sealed class TestOrganisations(ITenantCatalog catalog, TenantScopes scopes, TimeProvider time) : IHostedService
{
    public static readonly OrganisationInfo Ash = new("school-100001", "Ash Primary School", OrganisationKind.School, 100001, "9992001", SchoolEdition.Lite, 5, true);
    public static readonly OrganisationInfo Birch = new("school-100002", "Birch Academy", OrganisationKind.School, 100002, "9992002", SchoolEdition.Full, null, true);
    public static readonly OrganisationInfo LaTeam = new("LA", "School Improvement Team", OrganisationKind.LaTeam, null, null, null, null, true);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var tenant = (await catalog.FindAsync(Tenant.DefaultName, cancellationToken))!;
        await using var scope = scopes.CreateScope(tenant);
        await AddAsync(scope.ServiceProvider.GetRequiredService<TenantDbContext>(), time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    /// <summary>Stores the organisations in the factory's tenant, as the host stores them in the default one when it starts.</summary>
    public static async Task StoreAsync(PerspectiveFactory factory)
    {
        await using var scope = await factory.TenantScopeAsync();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await AddAsync(scope.ServiceProvider.GetRequiredService<TenantDbContext>(), time.GetUtcNow().UtcDateTime, CancellationToken.None);
    }

    private static async Task AddAsync(TenantDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var info in new[] { Ash, Birch, LaTeam })
        {
            db.Add(new Organisation
            {
                Id = info.Id,
                Kind = info.Kind,
                Name = info.Name,
                Urn = info.Urn,
                DfeNumber = info.DfeNumber,
                LaCode = info.DfeNumber?[..3],
                EstablishmentNumber = info.DfeNumber?[3..],
                Edition = info.Edition,
                AccountLimitOverride = info.AccountLimit,
                CreatedUtc = now,
                UpdatedUtc = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
