namespace Perspective.Documents.Requests;

/// <summary>The field names problems are reported against, matching the new-request form's inputs.</summary>
public static class FileRequestFields
{
    public const string Title = "Title";
    public const string Description = "Description";
    public const string Category = "CategoryId";
    public const string Deadline = "Deadline";
    public const string FileTypes = "FileTypes";
    public const string Audience = "Audience";
    public const string Group = "GroupId";
    public const string References = "References";
}

/// <summary>A problem with an answer, for the field it belongs to, worded as a GOV.UK error message.</summary>
public sealed record FileRequestProblem(string Field, string Message);
