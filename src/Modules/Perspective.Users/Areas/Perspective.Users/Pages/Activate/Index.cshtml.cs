using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Users.Account;
using Perspective.Users.Data;
using Perspective.Users.Passwords;
using Perspective.Users.SignIn;

namespace Perspective.Users.Pages.Activate;

/// <summary>
/// The invitation link: the invited person creates their password, which activates the account and
/// uses up the link, then goes on into the portal through the sign-in flow (two-factor and all).
/// </summary>
[AllowAnonymous]
public sealed class ActivateModel(
    AccountTokens tokens,
    PasswordSetter passwords,
    ISignInFlow signInFlow,
    IAuditLog audit,
    TimeProvider time) : NewPasswordForm
{
    public bool Usable { get; private set; }

    public string? Email { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        await FindAsync(token, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (await FindAsync(token, cancellationToken) is not { } found)
        {
            return Page();
        }

        if (!await CheckAsync(passwords, found.User))
        {
            return Page();
        }

        var user = found.User;
        passwords.Set(user, Password!);
        user.ActivatedUtc = time.GetUtcNow().UtcDateTime;
        user.EmailConfirmed = true;
        audit.Record(UsersEvents.Activated, "user", user.Id);
        if (!await tokens.UseAndSaveAsync(found.Token, cancellationToken))
        {
            // Another request used the link a moment ago: this one changes nothing.
            Usable = false;
            return Page();
        }

        return await signInFlow.PasswordVerifiedAsync(this, user, null);
    }

    private async Task<FoundToken?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var found = await tokens.FindUsableAsync(token, AccountTokenPurpose.Invitation, cancellationToken);
        // An account deactivated or already activated meanwhile cannot be activated by an old link.
        Usable = found is { User.Status: AccountStatus.Invited };
        Email = found?.User.Email;
        return Usable ? found : null;
    }
}
