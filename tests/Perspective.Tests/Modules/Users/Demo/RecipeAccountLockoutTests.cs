using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Tenants;
using Perspective.Recipes;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Recipes;
using Perspective.Users.Demo;

namespace Perspective.Tests.Modules.Users.Demo;

public sealed class SqliteRecipeAccountLockoutTests() : RecipeAccountLockoutTests(postgres: false);

public sealed class PostgresRecipeAccountLockoutTests() : RecipeAccountLockoutTests(postgres: true);

/// <summary>Issue 17, item 1: an account a recipe's <c>users</c> step made (not an invitation) is locked out like any other.</summary>
public abstract class RecipeAccountLockoutTests(bool postgres) : IAsyncLifetime
{
    private const string Email = "olly.officer@northshire.test";
    private readonly TestDatabase _database = new(postgres);
    private readonly RecipesFactory _factory = new() { EnvironmentName = "Development" };

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _database.Use(_factory);
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task AnAccountMadeByARecipe_FiveWrongPasswords_LockIt_SoEvenTheRightOneIsRefused()
    {
        var result = await _factory.RunAsync(RecipeSource.FromJson("test.recipe.json", $$"""{ "name": "test", "steps": [ { "name": "users", "accounts": [ { "name": "Olly Officer", "email": "{{Email}}", "role": "LA officer" } ] } ] }"""));
        Assert.Empty(result.Errors);
        var password = Assert.Single(_factory.Services.GetRequiredService<DemoPasswords>().Take(Tenant.DefaultName)).Password;
        var client = _factory.CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SubmitAsync("/sign-in", Credentials($"wrong password number {attempt}"));
        }

        var right = await client.SubmitAsync("/sign-in", Credentials(password));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Enter a correct email address and password", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var user = await _factory.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == Email));
        Assert.True(user.LockoutEnabled);
        Assert.NotNull(user.LockoutEnd);
        Assert.Single(await _factory.AuditActionsAsync(), a => a == "users.locked-out");
    }

    private static Dictionary<string, string> Credentials(string password) => new() { ["Email"] = Email, ["Password"] = password };
}
