using Perspective.Core.Organisations;
using Perspective.Documents.Data;

namespace Perspective.Documents.Requests;

/// <summary>A checked new request, ready to show on check answers and to create.</summary>
/// <param name="AudienceShown">Who is asked, in words: "Every open school", a group's name, or "Schools you listed".</param>
public sealed record FileRequestPlan(
    string Title,
    string Description,
    DocumentCategory Category,
    DateOnly DeadlineDay,
    DateTime DeadlineUtc,
    IReadOnlyList<string> Extensions,
    string AudienceShown,
    IReadOnlyList<OrganisationInfo> Schools);

/// <summary>The plan, or the problems that stop it (nothing is stored either way).</summary>
public sealed record FileRequestCheck(FileRequestPlan? Plan, IReadOnlyList<FileRequestProblem> Problems);
