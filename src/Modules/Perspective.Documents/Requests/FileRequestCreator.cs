using System.Globalization;
using System.Security.Claims;
using Perspective.Core.Data;
using Perspective.Core.Events;
using Perspective.Core.Security;
using Perspective.Core.Time;
using Perspective.Documents.Data;
using Perspective.Documents.Events;

namespace Perspective.Documents.Requests;

/// <summary>
/// Creates a checked request: the request, one answer row per school, the emails telling each
/// school and the audit event, all committed together or not at all.
/// </summary>
public sealed class FileRequestCreator(TenantDbContext db, IEventPublisher events, TimeProvider time)
{
    public async Task<int> CreateAsync(ClaimsPrincipal user, FileRequestPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(plan);
        var userId = user.UserId() ?? throw new InvalidOperationException("A request needs a signed-in user.");
        var organisationId = user.OrganisationId() ?? throw new InvalidOperationException("A request needs the user's organisation.");
        var request = new FileRequest
        {
            CategoryId = plan.Category.Id,
            Title = plan.Title,
            Description = plan.Description,
            DeadlineUtc = plan.DeadlineUtc,
            AllowedExtensions = string.Join(',', plan.Extensions),
            CreatedByUserId = userId,
            CreatedByOrganisationId = organisationId,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };

        // The answer rows, the emails' links and the audit event all need the request's generated
        // id: two saves, one transaction, so nothing is visible unless everything is.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var school in plan.Schools)
        {
            db.Add(new FileRequestRecipient { FileRequestId = request.Id, OrganisationId = school.Id });
        }

        // The schools are emailed once this commits (see FileRequestEmails).
        events.Publish(DocumentsEvents.FileRequested, new FilesRequested(request.Id, plan.Schools.Select(s => s.Id).ToList(), UkTime.DateAndTime(plan.DeadlineUtc),
            $"{plan.Schools.Count} schools ({plan.AudienceShown}), category {plan.Category.Id}, due {plan.DeadlineDay:yyyy-MM-dd}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return request.Id;
    }
}
