using System.Net;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Roles;

/// <summary>The roles step, the grants and the edit page on PostgreSQL.</summary>
public sealed class RolesOnPostgresTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task BuiltInDefaults_ThenAnEdit_DecideWhatARoleHolds_OnPostgres()
    {
        using var factory = new RolesFactory();
        factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", database.ConnectionString);
        var result = await factory.RunRecipeAsync("""{ "name": "test", "steps": [ { "name": "roles", "builtInDefaults": true } ] }""");
        Assert.Empty(result.Errors);
        var editor = factory.ClientFor("Ed Editor", BuiltInRoles.LaEditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/roles")).StatusCode);

        var response = await factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin)
            .SubmitPairsAsync("/admin/roles/LA%20editor", [("Description", ""), ("Granted[Perspective.Roles]", "ManageRoles")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["ManageRoles"], await factory.GrantsOfAsync(BuiltInRoles.LaEditor));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/roles")).StatusCode);
    }
}
