using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Users.Invitations;

namespace Perspective.Users.Pages.Admin.Users.Invitation;

/// <summary>Confirms, then withdraws the invitation and deletes the account that was never used.</summary>
public sealed class CancelInvitationModel(InvitedAccounts accounts, InvitationSender sender) : PageModel
{
    /// <summary>The banner the list of accounts shows after a cancellation.</summary>
    public const string BannerKey = UserBanner.Key;

    public PerspectiveUser? Account { get; private set; }

    [TempData(Key = BannerKey)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Account = await accounts.FindAsync(User, id, cancellationToken);
        return Account is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        Account = await accounts.FindAsync(User, id, cancellationToken);
        if (Account is null)
        {
            return NotFound();
        }

        await sender.CancelAsync(Account, cancellationToken);
        Banner = $"The invitation for {Account.Email} has been cancelled";
        return LocalRedirect(Url.Content("~/admin/users"));
    }
}
