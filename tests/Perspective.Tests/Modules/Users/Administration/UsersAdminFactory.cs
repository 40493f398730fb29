using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Accounts;
using Perspective.Core.Organisations;
using Perspective.Tests.Infrastructure;
using Perspective.Users.Data;

namespace Perspective.Tests.Modules.Users.Administration;

/// <summary>A host on a fixed clock with a few organisations, and a builder for accounts.</summary>
public sealed class UsersAdminFactory : ClockFactory
{

    public HttpClient LaAdmin => ClientFor("Ann Admin", Perspective.Core.Security.BuiltInRoles.LaAdmin);

    public HttpClient AshHead => ClientForOrganisation("Hetty", TestOrganisations.Ash.Id, Perspective.Core.Security.BuiltInRoles.Headteacher);

    /// <summary>Creates an active account (activated a year ago) and returns its id; change it with <paramref name="shape"/>.</summary>
    public async Task<string> AccountAsync(string email, string? organisationId, string[] roles, Action<PerspectiveUser>? shape = null)
    {
        await this.CreateAccountAsync(email, roles);
        await using var scope = await this.TenantScopeAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PerspectiveUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        user.OrganisationId = organisationId;
        user.ActivatedUtc = Start.AddYears(-1);
        shape?.Invoke(user);
        await users.UpdateAsync(user);
        return user.Id;
    }

    /// <summary>Adds many accounts at once, without passwords (they never sign in), for lists and paging.</summary>
    public async Task ManyAccountsAsync(int count, string organisationId, string prefix = "person")
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<Perspective.Core.Data.TenantDbContext>();
        for (var i = 0; i < count; i++)
        {
            var email = $"{prefix}{i:000}@school.test";
            db.Users.Add(new PerspectiveUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                DisplayName = $"{prefix} {i:000}",
                OrganisationId = organisationId,
                CreatedUtc = Start.AddYears(-1),
                ActivatedUtc = Start.AddYears(-1),
                SecurityStamp = Guid.NewGuid().ToString(),
            });
        }

        await db.SaveChangesAsync();
    }

    public Task<PerspectiveUser> UserAsync(string id) =>
        this.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));

    public Task<List<string>> RolesOfAsync(string id) =>
        this.QueryAsync(db => (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == id orderby r.Name select r.Name!).ToListAsync());

    /// <summary>Adds an open session for the account, as signing in would.</summary>
    public async Task SessionAsync(string userId, string sessionId)
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<Perspective.Core.Data.TenantDbContext>();
        db.Add(new UserSession { Id = sessionId, UserId = userId, CreatedUtc = Start.AddHours(-1), LastSeenUtc = Start.AddMinutes(-5) });
        await db.SaveChangesAsync();
    }

    public Task<List<UserSession>> SessionsOfAsync(string userId) =>
        this.QueryAsync(db => db.Set<UserSession>().Where(s => s.UserId == userId).ToListAsync());

    protected override Task SeedTenantAsync(string tenantName) => TestOrganisations.StoreAsync(this);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddHostedService<TestOrganisations>();
        });
    }
}
