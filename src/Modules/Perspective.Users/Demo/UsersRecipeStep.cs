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
    IServiceProvider services) : RecipeStep<UsersStepData>
{
    public override string Name => "users";

    protected override Task ValidateAsync(UsersStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            context.AddError($"This recipe makes demonstration accounts, which are allowed only when the portal runs in Development; it runs in {environment.EnvironmentName}. Choose another recipe.");
            return Task.CompletedTask;
        }

        var roles = new HashSet<string>(BuiltInRoles.All, StringComparer.Ordinal);
        roles.UnionWith(context.Declarations.Of(RecipeDeclarations.Role));
        Read(data, roles, context.AddError);
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(UsersStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var directory = services.GetService<IOrganisationDirectory>();
        foreach (var wanted in Read(data, roles: null, _ => { }))
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

    /// <summary>The step's accounts (without passwords); each problem goes to <paramref name="report"/>.</summary>
    private static List<DemoAccount> Read(UsersStepData data, HashSet<string>? roles, Action<string> report)
    {
        var found = new List<DemoAccount>();
        if (data.Accounts.Count == 0)
        {
            report("'accounts' must be a list of accounts, each with a name, an email and a role.");
            return found;
        }

        foreach (var (item, index) in data.Accounts.Select((item, index) => (item, index + 1)))
        {
            var name = item.Name.Trim();
            var email = item.Email.Trim();
            var role = item.Role.Trim();
            var organisation = string.IsNullOrWhiteSpace(item.Organisation) ? null : item.Organisation.Trim();
            if (name is not { Length: > 0 and <= 200 })
            {
                report($"Account {index}: 'name' must be text of 1 to 200 characters.");
            }
            else if (!System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email)
            {
                report($"Account {index}: 'email' must be an email address, like name@example.com.");
            }
            else if (role.Length == 0 || (roles is not null && !roles.Contains(role)))
            {
                report($"Account {index}: 'role' must name a role of this portal.");
            }
            else
            {
                found.Add(new DemoAccount(email, name, role, organisation, Password: ""));
            }
        }

        return found;
    }
}

/// <summary>The <c>users</c> step's data: demonstration accounts.</summary>
public sealed record UsersStepData
{
    [RecipeValue("a list of accounts, each with a name, an email and a role")]
    public required IReadOnlyList<AccountData> Accounts { get; init; }
}

/// <summary>One demonstration account; <see cref="Organisation"/> is an organisation's id, absent for none.</summary>
public sealed record AccountData
{
    public required string Name { get; init; }

    public required string Email { get; init; }

    public required string Role { get; init; }

    public string? Organisation { get; init; }
}
