using Perspective.Core.Recipes;

namespace Perspective.Recipes;

/// <summary>
/// The files beside a recipe on disk, named relative to the recipe's folder. Absolute paths,
/// '..' segments and anything that resolves outside the folder are refused.
/// </summary>
public sealed class FolderRecipeFiles : IRecipeFiles
{
    private readonly string _root;

    public FolderRecipeFiles(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
    }

    public string Folder => _root;

    /// <exception cref="ArgumentException">The path is absolute, has a '..' segment or leaves the folder.</exception>
    public bool Exists(string relativePath) => File.Exists(Resolve(relativePath));

    /// <exception cref="ArgumentException">The path is absolute, has a '..' segment or leaves the folder.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public Stream Open(string relativePath) =>
        new FileStream(Resolve(relativePath), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, useAsync: true);

    private string Resolve(string relativePath)
    {
        var segments = RecipeFilePath.Check(relativePath);
        var full = Path.GetFullPath(Path.Combine([_root, .. segments]));

        // Belt and braces: the checks above should make this impossible.
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!full.StartsWith(_root, comparison))
        {
            throw RecipeFilePath.Refuse(relativePath, "it leaves the recipe's folder");
        }

        return full;
    }
}
