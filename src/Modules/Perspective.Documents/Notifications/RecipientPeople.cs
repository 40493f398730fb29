using Perspective.Core.Accounts;
using Perspective.Documents.Access;
using Perspective.Documents.Data;

namespace Perspective.Documents.Notifications;

/// <summary>Someone a document reaches: an active account in the recipient organisation.</summary>
public sealed record RecipientPerson(string UserId, string Email, string Name);

/// <summary>
/// Who a recipient row reaches today, by the same rule as <see cref="DocumentAccess"/>: the named
/// person, or the organisation's active accounts holding one of the category's recipient roles
/// (and the row's role, when it names one). Used to email them and to tell a sender when nobody
/// holds the role yet.
/// </summary>
public sealed class RecipientPeople(IUserDirectory directory)
{
    public async Task<IReadOnlyList<RecipientPerson>> ForAsync(DocumentRecipient row, DocumentCategory category, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(category);
        return await ForAsync(row.OrganisationId, row.UserId, row.RoleName, category, cancellationToken);
    }

    public async Task<IReadOnlyList<RecipientPerson>> ForAsync(string organisationId, string? userId, string? roleName, DocumentCategory category, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (userId is not null)
        {
            return await directory.ActivePersonAsync(organisationId, userId, cancellationToken) is { } person ? [ToRecipient(person)] : [];
        }

        var people = await directory.ActivePeopleAsync(organisationId, DocumentAccess.Split(category.RecipientRoles).ToList(), roleName, cancellationToken);
        return [.. people.Select(ToRecipient)];
    }

    private static RecipientPerson ToRecipient(DirectoryPerson person) => new(person.UserId, person.Email, person.Name);
}
