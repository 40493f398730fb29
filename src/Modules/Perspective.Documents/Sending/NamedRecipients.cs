using Perspective.Core.Accounts;
using Perspective.Core.Organisations;
using Perspective.Documents.Access;
using Perspective.Documents.Data;

namespace Perspective.Documents.Sending;

/// <summary>The person a sender names by email: an active account of the recipient organisation holding one of the category's recipient roles.</summary>
public sealed class NamedRecipients(IUserDirectory people)
{
    /// <summary>The person's user id, or the GOV.UK message saying why they cannot be sent to.</summary>
    public async Task<(string? UserId, SendProblem? Problem)> FindAsync(OrganisationInfo organisation, string email, DocumentCategory category, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(category);
        var address = email.Trim();
        if (address.Length > 256 || address.IndexOf('@', StringComparison.Ordinal) is < 1 || address.EndsWith('@'))
        {
            return Refused("Enter an email address in the correct format, like name@example.com");
        }

        var person = await people.FindByEmailAsync(organisation.Id, address, cancellationToken);
        if (person is null)
        {
            return Refused($"There is no account with this email address at {organisation.Name}");
        }

        if (!person.IsActive)
        {
            return Refused($"The account with this email address at {organisation.Name} is not active");
        }

        var holdsRecipientRole = DocumentAccess.Split(category.RecipientRoles).Intersect(person.Roles, StringComparer.Ordinal).Any();
        return holdsRecipientRole
            ? (person.UserId, null)
            : Refused("This person does not have a role that receives documents in this category");
    }

    private static (string?, SendProblem?) Refused(string message) => (null, new SendProblem(SendFields.Person, message));
}
