using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Organisations;
using Perspective.Documents.Sending;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending.Pages;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Sending;

/// <summary>The team and group lists are plain SQL, so they are checked on both providers.</summary>
public sealed class SendTargetListsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheLists_HoldOpenLaTeamsAndEveryGroup_InNameOrder(bool onPostgres)
    {
        using var factory = new SendPageFactory();
        if (onPostgres)
        {
            factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", database.ConnectionString);
        }

        await factory.AddOrganisationAsync("team-virtual-school", "Virtual School", OrganisationKind.LaTeam);
        await factory.AddOrganisationAsync("team-closed", "Old Team", OrganisationKind.LaTeam, closed: true);
        await factory.GroupAsync("Secondary", TestOrganisations.Birch.Id);
        await factory.GroupAsync("Primary", TestOrganisations.Ash.Id);

        await using var scope = await factory.TenantScopeAsync();
        var lists = scope.ServiceProvider.GetRequiredService<SendTargetLists>();

        Assert.Equal(["School Improvement Team", "Virtual School"], (await lists.OpenTeamsAsync()).Select(t => t.Name));
        Assert.Equal(["Primary", "Secondary"], (await lists.GroupsAsync()).Select(g => g.Name));
    }
}
