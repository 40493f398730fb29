namespace Perspective.Files.Checks;

/// <summary>GOV.UK-style problem messages for file types.</summary>
public static class FileTypeMessages
{
    /// <summary>"The selected file must be a PDF, Word or Excel file".</summary>
    public static string MustBe(IReadOnlyList<FileType> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var names = allowed.Select(t => t.ShortName).Distinct(StringComparer.Ordinal).ToList();
        var list = names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";
        return $"The selected file must be {Article(list)} {list} file";
    }

    /// <summary>"The selected file is not really a PDF: its contents do not match its name".</summary>
    public static string NotReally(FileType claimed)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        return $"The selected file is not really {Article(claimed.Noun)} {claimed.Noun}: its contents do not match its name";
    }

    // Good enough for the names in the allow-list ("an Excel file", "a PDF").
    private static string Article(string next) => "AEIOUaeiou".Contains(next[0], StringComparison.Ordinal) ? "an" : "a";
}
