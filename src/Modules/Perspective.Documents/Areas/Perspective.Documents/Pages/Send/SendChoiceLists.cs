using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Documents.Access;
using Perspective.Documents.Categories;
using Perspective.Documents.Sending;
using Perspective.Files.Checks;
using Perspective.Theme.TagHelpers;

namespace Perspective.Documents.Pages.Send;

/// <summary>What the send form offers the signed-in user: only what they may choose.</summary>
public sealed record SendChoiceLists(
    IReadOnlyList<SelectListItem> Categories,
    IReadOnlyList<SelectListItem> Teams,
    IReadOnlyList<SelectListItem> Groups,
    IReadOnlyList<SelectListItem> Roles,
    long LargestFileBytes)
{
    public static SendChoiceLists None { get; } = new([], [], [], [], 0);

    /// <summary>
    /// Categories that are not archived and name one of the user's roles as a sender; the roles
    /// those categories send to; LA teams (for a school's user) or groups of schools (for LA staff).
    /// </summary>
    public static async Task<SendChoiceLists> LoadAsync(ClaimsPrincipal user, bool sendsToSchools, CategoryStore store, IOrganisationDirectory organisations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(organisations);
        var roles = user.RoleNames().ToHashSet(StringComparer.Ordinal);
        var categories = (await store.ListAsync(cancellationToken))
            .Where(c => !c.IsArchived && DocumentAccess.Split(c.SenderRoles).Any(roles.Contains))
            .ToList();
        var categoryChoices = categories
            .Select(c => new GovUkChoice(c.Id.ToString(CultureInfo.InvariantCulture), c.Name, Hint(c.Description, c.AllowedExtensions, c.MaxSizeBytes)))
            .ToList();
        var recipientRoles = categories
            .SelectMany(c => DocumentAccess.Split(c.RecipientRoles))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select(r => new SelectListItem(r, r))
            .ToList();
        IReadOnlyList<SelectListItem> teams = sendsToSchools
            ? []
            : [.. (await organisations.OpenTeamsAsync(cancellationToken)).Select(t => new SelectListItem(t.Name, t.Id))];
        IReadOnlyList<SelectListItem> groups = sendsToSchools
            ? [.. (await organisations.GroupsAsync(cancellationToken)).Select(g => new SelectListItem(g.Name, g.Id.ToString(CultureInfo.InvariantCulture)))]
            : [];
        return new SendChoiceLists(categoryChoices, teams, groups, recipientRoles, categories.Count == 0 ? 0 : categories.Max(c => c.MaxSizeBytes));
    }

    private static string Hint(string description, string extensions, long maxBytes)
    {
        var limits = $"{CategoryLists.FileTypes(extensions)}, smaller than {Sizes.Show(maxBytes)}";
        return string.IsNullOrWhiteSpace(description) ? limits : $"{description.Trim()} ({limits})";
    }
}
