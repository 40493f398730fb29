using Perspective.Documents.Data;

namespace Perspective.Documents.Sending;

/// <summary>One organisation a checked send reaches, and within it one role or one person when chosen.</summary>
public sealed record PlannedRecipient(string OrganisationId, string? RoleName, string? UserId);

/// <summary>A send whose answers have all been checked: everything but the file.</summary>
public sealed record SendPlan(
    DocumentCategory Category,
    string SenderUserId,
    string SenderOrganisationId,
    IReadOnlyList<PlannedRecipient> Recipients,
    string? Message,
    DateTime? ExpiresUtc);

/// <summary>The checked send, or the problems with its answers.</summary>
public sealed record SendCheck(SendPlan? Plan, IReadOnlyList<SendProblem> Problems)
{
    public static SendCheck Refused(params SendProblem[] problems) => new(null, problems);
}
