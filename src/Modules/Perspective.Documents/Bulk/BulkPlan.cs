using Perspective.Core.Organisations;
using Perspective.Documents.Data;

namespace Perspective.Documents.Bulk;

/// <summary>A staged file going to one school, under the name that school will see.</summary>
/// <param name="ByHand">The sender chose the school; otherwise the file name's number did.</param>
public sealed record PlannedFile(StagedFile File, OrganisationInfo School, string ShownName, bool ByHand);

/// <summary>A staged file no school can take yet, with why, worded for the sender.</summary>
public sealed record UnplannedFile(StagedFile File, string Reason);

/// <summary>Two or more staged files for one school: the sender removes all but one.</summary>
public sealed record DuplicatePlan(OrganisationInfo School, IReadOnlyList<PlannedFile> Files);

/// <summary>
/// What sending a draft would do now: every file still in the draft appears in exactly one list.
/// It is worked out afresh for the preview and again for the send, so a school that closed in
/// between gets nothing.
/// </summary>
public sealed record BulkPlan(
    IReadOnlyList<PlannedFile> Matched,
    IReadOnlyList<UnplannedFile> Unmatched,
    IReadOnlyList<DuplicatePlan> Duplicates)
{
    public int DuplicateFileCount => Duplicates.Sum(d => d.Files.Count);

    public bool IsEmpty => Matched.Count == 0 && Unmatched.Count == 0 && Duplicates.Count == 0;

    /// <summary>Why the draft cannot be sent yet, as a GOV.UK error message, or null when it can.</summary>
    public string? SendProblem()
    {
        if (Unmatched.Count > 0)
        {
            return Unmatched.Count == 1
                ? "Match or remove the file that does not match a school"
                : $"Match or remove the {Unmatched.Count} files that do not match a school";
        }

        if (Duplicates.Count > 0)
        {
            return Duplicates.Count == 1
                ? $"Remove all but one of the {DuplicateFileCount} files for {Duplicates[0].School.Name}"
                : $"Remove all but one file for each of the {Duplicates.Count} schools that have more than one";
        }

        return Matched.Count == 0 ? "Upload at least one file whose name starts with a school's number" : null;
    }
}
