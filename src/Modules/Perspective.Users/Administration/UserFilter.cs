using Microsoft.AspNetCore.Mvc.ModelBinding;
using Perspective.Core.Accounts;
using Perspective.Core.Organisations;

namespace Perspective.Users.Administration;

/// <summary>When people last signed in, as the user list filters it.</summary>
public enum SignInFilter
{
    /// <summary>Signed in within the last 30 days.</summary>
    Recent,

    /// <summary>Signed in before, but not in the last 90 days.</summary>
    Stale,

    /// <summary>Never signed in.</summary>
    Never,
}

/// <summary>The user list's filters, checked: an organisation id the directory knows, a role that exists.</summary>
public sealed record UserFilter(string? OrganisationId, string? Role, AccountStatus? Status, SignInFilter? SignIn)
{
    public static readonly UserFilter None = new(null, null, null, null);

    /// <summary>
    /// Reads the filters as typed or chosen; each bad one gets an error against its field (the
    /// field names are the page's properties) and the result is null.
    /// </summary>
    public static async Task<UserFilter?> ParseAsync(
        UserFilterText text,
        ModelStateDictionary modelState,
        IOrganisationDirectory directory,
        IReadOnlyCollection<string> roleNames,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(directory);
        string? organisationId = null;
        if (text.Organisation?.Trim() is { Length: > 0 } reference)
        {
            organisationId = (await directory.FindByReferenceAsync(reference, cancellationToken))?.Id;
            if (organisationId is null)
            {
                modelState.AddModelError("Organisation", "Enter an organisation's id, URN or DfE number that we know");
            }
        }

        string? role = null;
        if (text.Role is { Length: > 0 } chosenRole)
        {
            role = roleNames.FirstOrDefault(r => r == chosenRole);
            if (role is null)
            {
                modelState.AddModelError("Role", "Select a role from the list");
            }
        }

        AccountStatus? status = null;
        if (text.Status is { Length: > 0 } chosenStatus)
        {
            status = Enum.GetValues<AccountStatus>().Select(s => (AccountStatus?)s).FirstOrDefault(s => s.ToString() == chosenStatus);
            if (status is null)
            {
                modelState.AddModelError("Status", "Select a status from the list");
            }
        }

        SignInFilter? signIn = null;
        if (text.SignIn is { Length: > 0 } chosenSignIn)
        {
            signIn = Enum.GetValues<SignInFilter>().Select(s => (SignInFilter?)s).FirstOrDefault(s => s.ToString() == chosenSignIn);
            if (signIn is null)
            {
                modelState.AddModelError("LastSignIn", "Select when they last signed in from the list");
            }
        }

        return modelState.IsValid ? new UserFilter(organisationId, role, status, signIn) : null;
    }
}

/// <summary>The filters as the query string carries them.</summary>
public sealed record UserFilterText(string? Organisation, string? Role, string? Status, string? SignIn);
