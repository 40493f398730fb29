namespace Perspective.Files.Checks;

/// <summary>The outcome of a type check: the file's type, or a problem to show beside the upload field.</summary>
public sealed record FileTypeCheck(FileType? Type, string? Problem)
{
    public bool IsAllowed => Problem is null;

    public static FileTypeCheck Allowed(FileType type) => new(type, null);

    public static FileTypeCheck Refused(string problem) => new(null, problem);
}
