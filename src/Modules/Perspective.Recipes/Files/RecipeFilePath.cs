namespace Perspective.Recipes;

/// <summary>
/// The one rule for naming a file that travels with a recipe: a relative path with '/' between
/// folders, never absolute, never with a '..' segment. Anything else is refused with an
/// <see cref="ArgumentException"/>, which the runner reports as an error of the step that asked.
/// </summary>
internal static class RecipeFilePath
{
    /// <summary>Checks the path's shape and returns its segments.</summary>
    public static string[] Check(string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath))
        {
            throw Refuse(relativePath ?? "", "a file path must not be empty");
        }

        // ':' covers drive letters and NTFS streams; a leading separator is absolute on every OS.
        if (Path.IsPathRooted(relativePath) || relativePath[0] is '/' or '\\' || relativePath.Contains(':', StringComparison.Ordinal)
            || relativePath.Contains('\0', StringComparison.Ordinal))
        {
            throw Refuse(relativePath, "a file path must be relative to the recipe's folder");
        }

        var segments = relativePath.Split('/', '\\');
        if (segments.Any(s => s == ".."))
        {
            throw Refuse(relativePath, "a file path must not contain '..'");
        }

        return segments;
    }

    public static ArgumentException Refuse(string relativePath, string reason) =>
        new($"The file path '{relativePath}' is refused: {reason}.");
}
