using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Users.Passwords;

namespace Perspective.Users.Passwords;

/// <summary>
/// A new password typed twice, as on the activation, reset and change-password pages, checked
/// against the policy for the account it is for. The first objection goes beside the field.
/// </summary>
public abstract class NewPasswordForm : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter a password")]
    [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Password must be 1024 characters or fewer")]
    public string? Password { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Confirm your password")]
    [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Password must be 1024 characters or fewer")]
    public string? ConfirmPassword { get; set; }

    /// <summary>Whether the form is valid and the password meets the policy; adds the errors if not.</summary>
    protected async Task<bool> CheckAsync(PasswordSetter passwords, PerspectiveUser user)
    {
        ArgumentNullException.ThrowIfNull(passwords);
        if (ModelState.IsValid && await passwords.ProblemsAsync(user, Password!) is [var problem, ..])
        {
            ModelState.AddModelError(nameof(Password), problem);
        }

        if (ModelState.IsValid && !string.Equals(Password, ConfirmPassword, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "The passwords do not match");
        }

        return ModelState.IsValid;
    }
}
