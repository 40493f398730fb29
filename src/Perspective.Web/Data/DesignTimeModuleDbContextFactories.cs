using Microsoft.EntityFrameworkCore.Design;
using Perspective.Core.Data;
using Perspective.Documents.Data;
using Perspective.Email.Data;
using Perspective.Organisations.Data;
using Perspective.Roles.Data;
using Perspective.Tenants.Data;
using Perspective.Users.Data;

namespace Perspective.Web.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build a module's context for either provider:
/// <c>dotnet ef migrations add NAME --context DocumentsDbContext --output-dir Migrations/Documents --project src/Perspective.Data.Sqlite --startup-project src/Perspective.Web -- --provider Sqlite</c>.
/// </summary>
public abstract class DesignTimeModuleDbContextFactory<TContext>(ModuleData data) : IDesignTimeDbContextFactory<TContext>
    where TContext : ModuleDbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var provider = DesignTimeDatabase.Provider(DesignTimeDatabase.ProviderNameFrom(args));
        return (TContext)data.Open(provider, DesignTimeDatabase.ConnectionString(provider));
    }
}

public sealed class DesignTimeDocumentsDbContextFactory() : DesignTimeModuleDbContextFactory<DocumentsDbContext>(DocumentsDbContext.Data);

public sealed class DesignTimeEmailDbContextFactory() : DesignTimeModuleDbContextFactory<EmailDbContext>(EmailDbContext.Data);

public sealed class DesignTimeOrganisationsDbContextFactory() : DesignTimeModuleDbContextFactory<OrganisationsDbContext>(OrganisationsDbContext.Data);

public sealed class DesignTimeRolesDbContextFactory() : DesignTimeModuleDbContextFactory<RolesDbContext>(RolesDbContext.Data);

public sealed class DesignTimeUsersDbContextFactory() : DesignTimeModuleDbContextFactory<UsersDbContext>(UsersDbContext.Data);

public sealed class DesignTimeTenantsDbContextFactory() : DesignTimeModuleDbContextFactory<TenantsDbContext>(TenantsDbContext.Data);
