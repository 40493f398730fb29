using System.Globalization;
using System.Text;

namespace Perspective.Files.Names;

/// <summary>
/// The name a file is shown and downloaded by, made from what the user's browser sent. Never a
/// storage name: files are stored under generated names.
/// </summary>
public static class SafeFileNames
{
    public const int MaxLength = 200;

    /// <summary>Used when nothing of the given name is left.</summary>
    public const string Fallback = "file";

    // Longer "extensions" are part of the name (e.g. "Report.final version of the summary").
    private const int MaxExtensionLength = 16;

    /// <summary>
    /// Strips any path, control and formatting characters (including right-to-left overrides that
    /// disguise an extension), leading dots, and trailing spaces and dots; collapses whitespace;
    /// and shortens the name to <see cref="MaxLength"/> characters, keeping its extension.
    /// </summary>
    public static string Shown(string? fileName)
    {
        var name = fileName ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        name = Clean(name);
        name = Trim(name);
        if (name.Length > MaxLength)
        {
            name = Shorten(name);
        }

        return name.Length == 0 ? Fallback : name;
    }

    private static string Clean(string name)
    {
        var clean = new StringBuilder(name.Length);
        var lastWasSpace = false;
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                // Control characters (CR, LF, tab) separate words; formatting characters vanish.
                if (category == UnicodeCategory.Control && !lastWasSpace)
                {
                    clean.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                if (!lastWasSpace)
                {
                    clean.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            clean.Append(rune.ToString());
            lastWasSpace = false;
        }

        return clean.ToString();
    }

    private static string Trim(string name) => name.TrimStart('.', ' ').TrimEnd('.', ' ');

    private static string Shorten(string name)
    {
        var dot = name.LastIndexOf('.');
        var extension = dot > 0 && name.Length - dot <= MaxExtensionLength + 1 ? name[dot..] : "";
        var stem = name[..(name.Length - extension.Length)];
        var keep = MaxLength - extension.Length;
        // Never cut a character made of two UTF-16 units in half.
        if (char.IsHighSurrogate(stem[keep - 1]))
        {
            keep--;
        }

        return Trim(stem[..keep]) + extension;
    }
}
