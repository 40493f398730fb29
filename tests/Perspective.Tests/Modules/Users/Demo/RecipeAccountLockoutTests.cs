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
public abstract class RecipeAccountLockoutTests(bool postgres) : HostOnEitherDatabase<RecipesFactory>(postgres, new RecipesFactory { EnvironmentName = "Development" })
{
    private const string Email = "olly.officer@northshire.test";

    [Fact]
    public async Task AnAccountMadeByARecipe_FiveWrongPasswords_LockIt_SoEvenTheRightOneIsRefused()
    {
        var result = await Factory.RunAsync(RecipeSource.FromJson("test.recipe.json", $$"""{ "name": "test", "steps": [ { "name": "users", "accounts": [ { "name": "Olly Officer", "email": "{{Email}}", "role": "LA officer" } ] } ] }"""));
        Assert.Empty(result.Errors);
        var password = Assert.Single(Factory.Services.GetRequiredService<DemoPasswords>().Take(Tenant.DefaultName)).Password;
        var client = Factory.CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SubmitAsync("/sign-in", Credentials($"wrong password number {attempt}"));
        }

        var right = await client.SubmitAsync("/sign-in", Credentials(password));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Enter a correct email address and password", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var user = await Factory.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == Email));
        Assert.True(user.LockoutEnabled);
        Assert.NotNull(user.LockoutEnd);
        Assert.Single(await Factory.AuditActionsAsync(), a => a == "users.locked-out");
    }

    private static Dictionary<string, string> Credentials(string password) => new() { ["Email"] = Email, ["Password"] = password };
}
