using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Organisations;
using Perspective.Organisations.Data;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Organisations;

/// <summary>The lists other modules offer as choices (LA teams, groups of schools), on both providers.</summary>
public sealed class OrganisationDirectoryListsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OpenTeams_HoldOnlyOpenLaTeams_InNameOrder(bool onPostgres)
    {
        using var factory = Factory(onPostgres);
        var closed = Team("team-closed", "Old Team");
        closed.ClosedUtc = new DateTime(2025, 8, 31, 0, 0, 0, DateTimeKind.Utc);
        await factory.AddAsync(Team("team-virtual", "Virtual School"), Team("team-eas", "Education Achievement Service"), closed,
            OrganisationsFactory.School(100009, "8882009", "Elm Primary"));

        var teams = await WithDirectoryAsync(factory, d => d.OpenTeamsAsync());

        Assert.Equal(["Education Achievement Service", "Virtual School"], teams.Select(t => t.Name));
        Assert.All(teams, t => Assert.Equal(OrganisationKind.LaTeam, t.Kind));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Groups_AreEveryGroup_InNameOrder_WithTheirKindAndOpenSchoolCount(bool onPostgres)
    {
        using var factory = Factory(onPostgres);
        var closed = OrganisationsFactory.School(100003, "8882003", "Closed School");
        closed.ClosedUtc = new DateTime(2025, 8, 31, 0, 0, 0, DateTimeKind.Utc);
        await factory.AddAsync(OrganisationsFactory.School(100001, "8882001", "Ash Primary"), OrganisationsFactory.School(100002, "8882002", "Birch High"), closed);
        var result = await factory.RunRecipeAsync(Perspective.Recipes.RecipeSource.FromJson("t.recipe.json", """
            { "name": "t", "steps": [ { "name": "organisations", "groups": [
                { "name": "Secondary cluster", "kind": "Cluster", "members": ["100002"] },
                { "name": "North", "kind": "Custom", "members": ["100001", "100002", "100003"] },
                { "name": "Empty", "kind": "Custom", "members": [] } ] } ] }
            """));
        Assert.Empty(result.Errors);

        var groups = await WithDirectoryAsync(factory, d => d.GroupsAsync());

        Assert.Equal(
            [("Empty", OrganisationGroupKind.Custom, 0), ("North", OrganisationGroupKind.Custom, 2), ("Secondary cluster", OrganisationGroupKind.Cluster, 1)],
            groups.Where(g => g.Kind != OrganisationGroupKind.Phase).Select(g => (g.Name, g.Kind, g.OpenSchools)));
    }

    private OrganisationsFactory Factory(bool onPostgres)
    {
        var factory = new OrganisationsFactory();
        if (onPostgres)
        {
            factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", database.ConnectionString);
        }

        return factory;
    }

    private static Organisation Team(string id, string name) => new() { Id = id, Kind = OrganisationKind.LaTeam, Name = name };

    private static async Task<T> WithDirectoryAsync<T>(OrganisationsFactory factory, Func<IOrganisationDirectory, Task<T>> use)
    {
        await using var scope = await factory.TenantScopeAsync();
        return await use(scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>());
    }
}
