using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Users.Account;
using Perspective.Users.Data;
using Perspective.Users.Invitations;

namespace Perspective.Users.Pages.Admin.Users.Invitation;

/// <summary>
/// An invitation's state (waiting, expired, withdrawn) with a button to send a new link. Anyone who
/// may not manage the account, or an account that is not invited any more, gets 404.
/// </summary>
public sealed class ManageInvitationModel(
    InvitedAccounts accounts,
    AccountTokens tokens,
    InvitationSender sender,
    IOrganisationDirectory organisations,
    IPermissionGrants grants,
    TimeProvider time) : PageModel
{
    public const string BannerKey = "Perspective.Users.InvitationBanner";

    public PerspectiveUser? Account { get; private set; }

    public AccountToken? Latest { get; private set; }

    public string OrganisationName { get; private set; } = "";

    public DateTime Now { get; private set; }

    [TempData(Key = BannerKey)]
    public string? Banner { get; set; }

    /// <summary>What the invitation's link can do now, in the words the page shows.</summary>
    public string State => Latest switch
    {
        null => "No invitation sent",
        { UsedUtc: not null } => "Used",
        { CancelledUtc: not null } => "Withdrawn",
        { } link when link.ExpiresUtc <= Now => "Expired",
        _ => "Sent, waiting for them to create a password",
    };

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostResendAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || await Inviter.FindAsync(grants, User, cancellationToken) is not { } inviter)
        {
            return NotFound();
        }

        await sender.ResendAsync(inviter, Account!, OrganisationName, cancellationToken);
        Banner = $"A new invitation has been sent to {Account!.Email}";
        return LocalRedirect(Url.Content($"~/admin/users/{Account.Id}/invitation"));
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        Account = await accounts.FindAsync(User, id, cancellationToken);
        if (Account is null)
        {
            return false;
        }

        Now = time.GetUtcNow().UtcDateTime;
        Latest = await tokens.LatestAsync(Account.Id, AccountTokenPurpose.Invitation, cancellationToken);
        OrganisationName = Account.OrganisationId is null ? "the Local Authority" : (await organisations.FindAsync(Account.OrganisationId, cancellationToken))?.Name ?? "the Local Authority";
        return true;
    }
}
