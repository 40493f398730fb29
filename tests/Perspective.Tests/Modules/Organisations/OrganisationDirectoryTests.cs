using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Core.Settings;
using Perspective.Organisations;
using Perspective.Organisations.Data;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Organisations;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class OrganisationDirectoryTests(OrganisationsFactory factory) : IClassFixture<OrganisationsFactory>, IAsyncLifetime
{
    private readonly OrganisationsFactory _factory = factory;

    public async Task InitializeAsync()
    {
        await _factory.UseFreshTenantAsync();
        var full = OrganisationsFactory.School(100002, "8882002", "Full School");
        full.Edition = SchoolEdition.Full;
        full.AccountLimitOverride = 9;
        var overridden = OrganisationsFactory.School(100003, "8882003", "Overridden School");
        overridden.AccountLimitOverride = 5;
        // GIAS gave the closed school's DfE number to its successor.
        var closed = OrganisationsFactory.School(100004, "8882004", "Closed Predecessor");
        closed.ClosedUtc = new DateTime(2025, 8, 31, 0, 0, 0, DateTimeKind.Utc);
        var successor = OrganisationsFactory.School(100005, "8882004", "Open Successor");
        await _factory.AddAsync(
            OrganisationsFactory.School(100001, "8882001", "Lite School"), full, overridden, closed, successor,
            new Organisation { Id = "team-virtual-school", Kind = OrganisationKind.LaTeam, Name = "Virtual School" });
    }

    [Fact]
    public async Task AccountLimits_CapOnlyLiteSchools_WithTheirOverrideOrTheDefault()
    {
        var found = await WithDirectoryAsync(d => d.FindManyAsync(["school-100001", "school-100002", "school-100003", "team-virtual-school", "school-999999"]));

        Assert.Equal(4, found.Count);
        Assert.Equal(2, found["school-100001"].AccountLimit);
        Assert.Null(found["school-100002"].AccountLimit);
        Assert.Equal(5, found["school-100003"].AccountLimit);
        Assert.Null(found["team-virtual-school"].AccountLimit);
    }

    [Fact]
    public async Task TheLiteDefault_ComesFromTheTenantsSetting()
    {
        await using (var scope = await _factory.TenantScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<ISiteSettings>().SetAsync(OrganisationSettingKeys.LiteAccountLimit, "3");
            await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync();
        }

        Assert.Equal(3, (await WithDirectoryAsync(d => d.FindAsync("school-100001")))!.AccountLimit);
    }

    [Theory]
    [InlineData("school-100001", "school-100001")]
    [InlineData("team-virtual-school", "team-virtual-school")]
    [InlineData("100001", "school-100001")]
    [InlineData(" 100002 ", "school-100002")]
    [InlineData("8882003", "school-100003")]
    [InlineData("888/2003", "school-100003")]
    [InlineData(" 888 / 2003 ", "school-100003")]
    [InlineData("8882004", "school-100005")]
    [InlineData("999999", null)]
    [InlineData("888/9999", null)]
    [InlineData("Lite School", null)]
    [InlineData("", null)]
    public async Task FindByReference_TakesAnIdUrnOrDfeNumber(string reference, string? expected)
    {
        var found = await WithDirectoryAsync(d => d.FindByReferenceAsync(reference));

        Assert.Equal(expected, found?.Id);
    }

    [Fact]
    public async Task OpenSchools_LeavesOutClosedSchoolsAndTeams_InNameOrder()
    {
        var schools = await WithDirectoryAsync(d => d.OpenSchoolsAsync());

        Assert.Equal(["Full School", "Lite School", "Open Successor", "Overridden School"], schools.Select(s => s.Name));
        Assert.Equal("888/2002", schools[0].DfeNumberShown);
    }

    [Fact]
    public async Task GroupMembers_AreTheGroupsOpenSchools_AndNoneForAnUnknownGroup()
    {
        var result = await _factory.RunRecipeAsync(Perspective.Recipes.RecipeSource.FromJson("t.recipe.json", """
            { "name": "t", "steps": [ { "name": "organisations", "groups": [ { "name": "G", "kind": "Custom", "members": ["100001", "100004", "100002"] } ] } ] }
            """));
        Assert.Empty(result.Errors);
        var groupId = await _factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Set<OrganisationGroup>().Select(g => g.Id)));

        var members = await WithDirectoryAsync(d => d.GroupMembersAsync(groupId));
        var none = await WithDirectoryAsync(d => d.GroupMembersAsync(groupId + 100));

        Assert.Equal(["Full School", "Lite School"], members.Select(m => m.Name));
        Assert.Empty(none);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<T> WithDirectoryAsync<T>(Func<IOrganisationDirectory, Task<T>> use)
    {
        await using var scope = await _factory.TenantScopeAsync();
        return await use(scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>());
    }
}
