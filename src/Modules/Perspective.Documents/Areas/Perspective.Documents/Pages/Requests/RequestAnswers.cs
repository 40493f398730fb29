using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Documents.Data;
using Perspective.Documents.Requests;

namespace Perspective.Documents.Pages.Requests;

/// <summary>
/// Every asked school of a request with its status, in school name order, for the asker's table.
/// A request asks at most the Local Authority's schools (a few hundred), so they are read at once
/// and filtered and paged in memory.
/// </summary>
internal static class RequestAnswers
{
    public static async Task<IReadOnlyList<AnswerRow>> ListAsync(TenantDbContext db, IOrganisationDirectory organisations, FileRequest request, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var answers = await db.Set<FileRequestRecipient>().AsNoTracking()
            .Where(a => a.FileRequestId == request.Id)
            .ToListAsync(cancellationToken);
        var schools = await organisations.FindManyAsync(answers.Select(a => a.OrganisationId), cancellationToken);
        return answers
            .Select(a => (Answer: a, School: schools.GetValueOrDefault(a.OrganisationId)))
            .Select(x => new AnswerRow(x.Answer.OrganisationId, x.School?.Name ?? x.Answer.OrganisationId, x.School?.Urn,
                AnswerStatuses.Of(x.Answer, request, nowUtc), x.Answer.SubmittedUtc, x.Answer.Comment, x.Answer.DocumentId))
            .OrderBy(r => r.SchoolName, StringComparer.CurrentCulture)
            .ThenBy(r => r.OrganisationId, StringComparer.Ordinal)
            .ToList();
    }

    public static AnswerCounts Count(IReadOnlyList<AnswerRow> rows) => new(
        rows.Count,
        rows.Count(r => r.Status == AnswerStatus.Submitted),
        rows.Count(r => r.Status == AnswerStatus.NotSubmitted),
        rows.Count(r => r.Status == AnswerStatus.Overdue));
}
