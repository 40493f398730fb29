using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Perspective.Core.Accounts;
using Perspective.Core.Organisations;
using Perspective.Core.Recipes;
using Perspective.Core.Security;
using Perspective.Core.Tenants;

namespace Perspective.Users.Demo;

/// <summary>
/// Recipe step <c>users</c>: demonstration accounts, <c>{ "name": "users", "accounts": [ { "name",
/// "email", "role", "organisation" (an organisation's id; absent for none) } ] }</c>. Allowed only
/// when the portal runs in Development: anywhere else the recipe is refused at validation, so
/// nothing is written. Recipes never carry passwords: each account gets a random one
/// (<see cref="DemoPasswords"/>), stored only as Identity's hash and shown once when setup ends.
/// An address that already has an account is left alone. Not exported: accounts are people, not
/// configuration.
/// </summary>
public sealed class UsersRecipeStep(
    IHostEnvironment environment,
    IAccountCreator accounts,
    UserManager<PerspectiveUser> users,
    DemoPasswords passwords,
    ITenantContext tenant,
    IServiceProvider services) : IRecipeStep
{
    public string Name => "users";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!environment.IsDevelopment())
        {
            context.AddError($"This recipe makes demonstration accounts, which are allowed only when the portal runs in Development; it runs in {environment.EnvironmentName}. Choose another recipe.");
            return Task.CompletedTask;
        }

        var roles = new HashSet<string>(BuiltInRoles.All, StringComparer.Ordinal);
        roles.UnionWith(context.Declarations.Of(RecipeDeclarations.Role));
        Read(context, roles, report: true);
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var directory = services.GetService<IOrganisationDirectory>();
        foreach (var wanted in Read(context, roles: null, report: false))
        {
            if (await users.FindByEmailAsync(wanted.Email) is not null)
            {
                continue;
            }

            if (wanted.OrganisationId is { } id && (directory is null || await directory.FindAsync(id, cancellationToken) is null))
            {
                throw new InvalidOperationException($"Account {wanted.Email}: there is no organisation '{id}'.");
            }

            var password = DemoPasswords.NewPassword();
            // The same account path as setup's administrator, so every account rule applies to these too.
            var problems = await accounts.CreateAsync(wanted.Name, wanted.Email, password, [wanted.Role], cancellationToken);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"Account {wanted.Email}: {string.Join(" ", problems)}");
            }

            var user = (await users.FindByEmailAsync(wanted.Email))!;
            user.OrganisationId = wanted.OrganisationId;
            await users.UpdateAsync(user);
            passwords.Add(tenant.Current.Name, wanted with { Password = password });
        }
    }

    /// <summary>The step's accounts (without passwords); problems are reported when <paramref name="report"/> says so.</summary>
    private static List<DemoAccount> Read(RecipeStepContext context, HashSet<string>? roles, bool report)
    {
        var found = new List<DemoAccount>();
        if (context.Data["accounts"] is not JsonArray array || array.Count == 0)
        {
            Report("'accounts' must be a list of accounts, each with a name, an email and a role.");
            return found;
        }

        foreach (var (item, index) in array.Select((item, index) => (item as JsonObject, index + 1)))
        {
            var name = Text(item, "name");
            var email = Text(item, "email");
            var role = Text(item, "role");
            var organisation = Text(item, "organisation");
            if (name is not { Length: > 0 and <= 200 })
            {
                Report($"Account {index}: 'name' must be text of 1 to 200 characters.");
            }
            else if (email is null || !System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email)
            {
                Report($"Account {index}: 'email' must be an email address, like name@example.com.");
            }
            else if (role is null || (roles is not null && !roles.Contains(role)))
            {
                Report($"Account {index}: 'role' must name a role of this portal.");
            }
            else
            {
                found.Add(new DemoAccount(email, name, role, organisation, Password: ""));
            }
        }

        return found;

        void Report(string message)
        {
            if (report)
            {
                context.AddError(message);
            }
        }
    }

    private static string? Text(JsonObject? item, string key) =>
        item?[key] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
