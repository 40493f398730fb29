namespace Perspective.Documents.Requests;

/// <summary>Who a new request asks.</summary>
public static class Audiences
{
    public const string EveryOpenSchool = "all";
    public const string Group = "group";
    public const string Schools = "schools";
}

/// <summary>The answers to the new-request form as given, checked by <see cref="FileRequestChecks"/>.</summary>
public sealed record NewFileRequestAnswers(
    string? Title,
    string? Description,
    string? CategoryId,
    string? DeadlineDay,
    string? DeadlineMonth,
    string? DeadlineYear,
    IReadOnlyList<string> FileTypes,
    string? Audience,
    string? GroupId,
    string? References);
