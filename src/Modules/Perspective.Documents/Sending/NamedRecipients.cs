using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Documents.Access;
using Perspective.Documents.Data;

namespace Perspective.Documents.Sending;

/// <summary>The person a sender names by email: an active account of the recipient organisation holding one of the category's recipient roles.</summary>
public sealed class NamedRecipients(TenantDbContext db)
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

        // Identity's default normaliser, so the lookup uses the NormalizedEmail index.
        var normalized = address.ToUpperInvariant();
        var person = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisation.Id && u.NormalizedEmail == normalized)
            .Select(u => new { u.Id, u.ActivatedUtc, u.DeactivatedUtc })
            .FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return Refused($"There is no account with this email address at {organisation.Name}");
        }

        if (person.ActivatedUtc is null || person.DeactivatedUtc is not null)
        {
            return Refused($"The account with this email address at {organisation.Name} is not active");
        }

        var categoryRoles = DocumentAccess.Split(category.RecipientRoles).ToList();
        var holdsRecipientRole = await (from userRole in db.UserRoles
                                        join role in db.Roles on userRole.RoleId equals role.Id
                                        where userRole.UserId == person.Id && categoryRoles.Contains(role.Name!)
                                        select userRole.UserId).AnyAsync(cancellationToken);
        return holdsRecipientRole
            ? (person.Id, null)
            : Refused("This person does not have a role that receives documents in this category");
    }

    private static (string?, SendProblem?) Refused(string message) => (null, new SendProblem(SendFields.Person, message));
}
