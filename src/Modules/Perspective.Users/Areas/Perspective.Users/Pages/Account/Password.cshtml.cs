using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Users.Account;
using Perspective.Users.Passwords;
using Perspective.Users.Sessions;

namespace Perspective.Users.Pages.Account;

/// <summary>
/// Changes the password after the current one is given (wrong guesses count towards lockout), ends
/// every other session, keeps this one, and emails a notice in case it was not them.
/// </summary>
public sealed class ChangePasswordModel(
    UserManager<PerspectiveUser> users,
    SignInManager<PerspectiveUser> signIn,
    PasswordSetter passwords,
    IUserSessions sessions,
    IEmailOutbox outbox,
    TenantDbContext db,
    IAuditLog audit) : NewPasswordForm
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your current password")]
    [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Password must be 1024 characters or fewer")]
    public string? CurrentPassword { get; set; }

    [TempData(Key = AccountModel.BannerKey)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && !(await signIn.CheckPasswordSignInAsync(user, CurrentPassword!, lockoutOnFailure: true)).Succeeded)
        {
            ModelState.AddModelError(nameof(CurrentPassword), "Your current password is not correct");
        }

        if (!await CheckAsync(passwords, user))
        {
            return Page();
        }

        passwords.Set(user, Password!);
        audit.Record(UsersEvents.PasswordChanged, "user", user.Id);
        await outbox.QueueAsync(UsersEmailKinds.PasswordChanged, new EmailRecipient(user.Email!, user.DisplayName, user.Id),
            new Dictionary<string, string> { ["name"] = user.DisplayName }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndOthersAsync(user.Id, CurrentSession.Id(User), "password changed", cancellationToken);
        await CurrentSession.RenewCookieAsync(HttpContext, signIn, user);
        Banner = "Your password has been changed";
        return LocalRedirect(Url.Content("~/account"));
    }
}
