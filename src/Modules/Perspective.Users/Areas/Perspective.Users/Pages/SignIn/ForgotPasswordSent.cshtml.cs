using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Perspective.Users.Pages.SignIn;

/// <summary>The same page whether or not the address has an account.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordSentModel : PageModel
{
    [TempData(Key = ForgotPasswordModel.SentKey)]
    public string? SentTo { get; set; }
}
