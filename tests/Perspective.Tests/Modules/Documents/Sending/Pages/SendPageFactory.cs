using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Organisations.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Sending.Pages;

/// <summary>
/// The real host with Ash, Birch and the LA team (as <see cref="DocumentsFactory"/>), plus builders
/// for what the send page needs: closed schools, groups, real accounts with roles, categories.
/// </summary>
public sealed class SendPageFactory : PerspectiveFactory
{
    public const string OfficerId = "olive-officer";

    private static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public HttpClient Officer(params string[] roles) =>
        ClientForOrganisation(OfficerId, TestOrganisations.LaTeam.Id, roles.Length == 0 ? [BuiltInRoles.LaOfficer] : roles);

    public string FilesFolder => Path.Combine(DataPath, "Sites", TenantName, "Files");

    public async Task<int> CategoryAsync(
        string senders = BuiltInRoles.LaOfficer,
        string recipients = BuiltInRoles.Headteacher,
        string extensions = "pdf",
        long maxBytes = 1024 * 1024,
        bool archived = false,
        string? name = null)
    {
        var category = new DocumentCategory
        {
            Name = name ?? "Letters " + Guid.NewGuid().ToString("N")[..8],
            SenderRoles = senders,
            RecipientRoles = recipients,
            AllowedExtensions = extensions,
            MaxSizeBytes = maxBytes,
            IsArchived = archived,
            RetentionDays = 30,
        };
        await AddAsync(category);
        return category.Id;
    }

    public Task AddOrganisationAsync(string id, string name, OrganisationKind kind, int? urn = null, bool closed = false) =>
        AddAsync(new Organisation
        {
            Id = id,
            Kind = kind,
            Name = name,
            Urn = urn,
            ClosedUtc = closed ? LongAgo : null,
        });

    public async Task<int> GroupAsync(string name, params string[] organisationIds)
    {
        var group = new OrganisationGroup { Name = name, Kind = GroupKind.Custom };
        await AddAsync(group);
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        db.AddRange(organisationIds.Select(id => new OrganisationGroupMember { GroupId = group.Id, OrganisationId = id }));
        await db.SaveChangesAsync();
        return group.Id;
    }

    /// <summary>An account whose id is <paramref name="id"/>, so a test client signed in by that name is this person.</summary>
    public async Task PersonAsync(string id, string organisationId, string role, bool active = true, bool deactivated = false)
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var email = $"{id}@example.test";
        db.Users.Add(new PerspectiveUser
        {
            Id = id,
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = id,
            OrganisationId = organisationId,
            ActivatedUtc = active ? LongAgo : null,
            DeactivatedUtc = deactivated ? LongAgo : null,
            SecurityStamp = Guid.NewGuid().ToString(),
        });
        var roleId = db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefault();
        if (roleId is null)
        {
            var added = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            db.Roles.Add(added);
            roleId = added.Id;
        }

        db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = roleId });
        await db.SaveChangesAsync();
    }

    private async Task AddAsync(object entity)
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        db.Add(entity);
        await db.SaveChangesAsync();
    }

    protected override Task SeedTenantAsync(string tenantName) => TestOrganisations.StoreAsync(this);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddHostedService<TestOrganisations>());
    }
}
