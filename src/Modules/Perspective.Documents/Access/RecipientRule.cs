using System.Linq.Expressions;
using Perspective.Documents.Data;

namespace Perspective.Documents.Access;

/// <summary>A recipient row beside its document: what <see cref="RecipientRule"/> reads.</summary>
public sealed class RowWithDocument
{
    public required DocumentRecipient Row { get; init; }

    public required Document Document { get; init; }
}

/// <summary>
/// Whether a recipient row lets one signed-in user open its document today, written once as an
/// expression so the received list runs it in the database and a single document can be checked
/// in memory with exactly the same rule (<see cref="Allows"/>, which
/// <see cref="DocumentAccess.RecipientRowAsync"/> uses). The row names the user's organisation and
/// either the user, or nobody (then the user holds one of the category's recipient roles and, when
/// the row names a role, that role); the document is neither revoked nor expired.
/// </summary>
public sealed class RecipientRule
{
    private readonly Func<RowWithDocument, bool> _compiled;

    public RecipientRule(string userId, string organisationId, IReadOnlyCollection<string> roles, IReadOnlyCollection<int> receivingCategoryIds, DateTime nowUtc)
    {
        // Lists, not sets: EF Core translates Contains over a list into a parameter.
        var roleList = roles.ToList();
        var categoryList = receivingCategoryIds.ToList();
        Expression = x => x.Row.OrganisationId == organisationId
            && x.Document.RevokedUtc == null
            && (x.Document.ExpiresUtc == null || x.Document.ExpiresUtc > nowUtc)
            && (x.Row.UserId != null
                ? x.Row.UserId == userId
                : categoryList.Contains(x.Document.CategoryId) && (x.Row.RoleName == null || roleList.Contains(x.Row.RoleName)));
        _compiled = Expression.Compile();
        OrganisationId = organisationId;
    }

    public string OrganisationId { get; }

    public Expression<Func<RowWithDocument, bool>> Expression { get; }

    public bool Allows(Document document, DocumentRecipient row) =>
        _compiled(new RowWithDocument { Row = row, Document = document });
}
