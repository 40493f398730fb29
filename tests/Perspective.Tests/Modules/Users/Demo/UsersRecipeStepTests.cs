using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Accounts;
using Perspective.Recipes;
using Perspective.Tests.Modules.Recipes;

namespace Perspective.Tests.Modules.Users.Demo;

/// <summary>The <c>users</c> step given data that does not bind: refused before the environment is even considered.</summary>
public sealed class UsersRecipeStepTests : IDisposable
{
    private readonly RecipesFactory _factory = new();

    [Theory]
    [InlineData("""{ "name": "users", "accounts": { "name": "Ann" } }""", "steps[1].accounts: 'accounts' must be a list of accounts, each with a name, an email and a role.")]
    [InlineData("""{ "name": "users", "accounts": [ { "name": "Ann Admin", "email": "ann@example.com" } ] }""", "steps[1].accounts[1].role: 'role' is missing; it must be text.")]
    [InlineData("""{ "name": "users", "accounts": [ { "name": "Ann Admin", "email": "ann@example.com", "role": "LA admin", "password": "secret" } ] }""", "steps[1].accounts[1].password: 'password' is not a recognised property.")]
    public async Task AStepThatDoesNotBind_IsRefusedNamingTheStepThePropertyAndTheProblem(string step, string expected)
    {
        var result = await _factory.RunAsync(RecipeSource.FromJson("test.recipe.json", $$"""{ "name": "test", "steps": [ {{step}} ] }"""));

        Assert.Equal([$"Step 1 (users): {expected}"], result.Errors);
        await using var scope = await _factory.DefaultTenantScopeAsync();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<PerspectiveUser>>().FindByEmailAsync("ann@example.com"));
    }

    public void Dispose() => _factory.Dispose();
}
