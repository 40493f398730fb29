using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Perspective.Recipes;

/// <summary>Reads the recipes folder on every call: it is small, and a recipe added by a deployment shows at once.</summary>
internal sealed class RecipeCatalog(IOptions<RecipeOptions> options, IHostEnvironment environment) : IRecipeCatalog
{
    private const string Extension = ".recipe.json";

    public string Folder { get; } = options.Value.RecipesPath is { Length: > 0 } path
        ? Path.GetFullPath(path, environment.ContentRootPath)
        : Path.Combine(AppContext.BaseDirectory, "recipes");

    public async Task<IReadOnlyList<RecipeCatalogEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var files = Directory.EnumerateFiles(Folder, "*" + Extension, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
        var entries = new List<RecipeCatalogEntry>();
        var firstByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var entry = await ReadAsync(file, cancellationToken);
            if (entry.IsValid && !firstByName.TryAdd(entry.Name, file))
            {
                entry = entry with { Errors = [$"The name '{entry.Name}' is already used by {Path.GetRelativePath(Folder, firstByName[entry.Name])}."] };
            }

            entries.Add(entry);
        }

        return entries
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ThenBy(e => e.FilePath, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<RecipeCatalogEntry?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        var entries = await ListAsync(cancellationToken);
        return entries.FirstOrDefault(e => e.Name == name && e.IsValid)
            ?? entries.FirstOrDefault(e => e.Name == name);
    }

    private static async Task<RecipeCatalogEntry> ReadAsync(string file, CancellationToken cancellationToken)
    {
        var fallbackName = Path.GetFileName(file)[..^Extension.Length];
        var errors = new List<string>();
        RecipeDocument? document = null;
        try
        {
            document = RecipeReader.Read(await File.ReadAllBytesAsync(file, cancellationToken), errors);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add($"The file could not be read: {exception.Message}");
        }

        var info = document?.Info;
        return new RecipeCatalogEntry(
            info is { Name.Length: > 0 } ? info.Name : fallbackName,
            info?.DisplayName,
            info?.Description,
            info?.IsSetupRecipe ?? false,
            file,
            errors);
    }
}
