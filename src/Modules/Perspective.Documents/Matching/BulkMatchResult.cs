using Perspective.Core.Organisations;

namespace Perspective.Documents.Matching;

/// <summary>A file matched to exactly one school, with the name that school will see.</summary>
public sealed record MatchedFile(OrganisationInfo School, string OriginalName, string ShownName);

/// <summary>Why a file could not be matched to a school.</summary>
public enum UnmatchedReason
{
    /// <summary>The name does not start with six or seven digits.</summary>
    NoNumber,

    /// <summary>Six or seven digits that are no open school's URN or DfE number.</summary>
    UnknownNumber,

    /// <summary>Six or seven digits not followed by <c>_</c> or <c>-</c>.</summary>
    NoSeparator,

    /// <summary>Removing the number leaves no name (or only an extension).</summary>
    NothingLeft,
}

/// <summary>A file left for the sender to match by hand or drop.</summary>
public sealed record UnmatchedFile(string OriginalName, UnmatchedReason Reason, string Message);

/// <summary>Two or more files for one school: all are listed and none is chosen for the sender.</summary>
public sealed record DuplicateFiles(OrganisationInfo School, IReadOnlyList<MatchedFile> Files);

/// <summary>
/// The preview of a bulk send. Every file given appears in exactly one of the three lists, in the
/// order it was given.
/// </summary>
public sealed record BulkMatchResult(
    IReadOnlyList<MatchedFile> Matched,
    IReadOnlyList<UnmatchedFile> Unmatched,
    IReadOnlyList<DuplicateFiles> Duplicates);
