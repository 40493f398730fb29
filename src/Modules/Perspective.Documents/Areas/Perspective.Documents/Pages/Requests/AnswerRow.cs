using Perspective.Documents.Requests;

namespace Perspective.Documents.Pages.Requests;

/// <summary>One asked school in the asker's table.</summary>
public sealed record AnswerRow(string OrganisationId, string SchoolName, int? Urn, AnswerStatus Status, DateTime? SubmittedUtc, string? Comment, Guid? DocumentId);

/// <summary>How many asked schools are in each status.</summary>
public sealed record AnswerCounts(int Asked, int Submitted, int NotSubmitted, int Overdue);
