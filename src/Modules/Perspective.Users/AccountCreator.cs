using Microsoft.AspNetCore.Identity;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;

namespace Perspective.Users;

internal sealed class AccountCreator(UserManager<PerspectiveUser> users, RoleManager<IdentityRole> roles, IAuditLog audit, TimeProvider time) : IAccountCreator
{
    public async Task<IReadOnlyList<string>> CheckPasswordAsync(string password)
    {
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new PerspectiveUser { DisplayName = "" }, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }

        return problems;
    }

    public async Task<IReadOnlyList<string>> CreateAsync(string displayName, string email, string password, IReadOnlyList<string> roleNames, CancellationToken cancellationToken = default)
    {
        foreach (var role in roleNames)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var user = new PerspectiveUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
            ActivatedUtc = time.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }

        await users.AddToRolesAsync(user, roleNames);
        await audit.RecordNowAsync(UsersEvents.Created, "user", user.Id, $"Roles: {string.Join(", ", roleNames)}", cancellationToken);
        return [];
    }
}
