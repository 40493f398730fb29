using System.Text;
using Perspective.Core.Recipes;

namespace Perspective.Recipes;

/// <summary>
/// Where a recipe comes from: its JSON, a name for messages, and the files that travel with it.
/// A file on disk brings the files of its folder; an upload or a string brings none.
/// </summary>
public sealed class RecipeSource
{
    private readonly Func<CancellationToken, Task<byte[]>> _read;

    private RecipeSource(string name, IRecipeFiles files, Func<CancellationToken, Task<byte[]>> read)
    {
        Name = name;
        Files = files;
        _read = read;
    }

    /// <summary>The file name or upload name, for messages and the audit trail.</summary>
    public string Name { get; }

    public IRecipeFiles Files { get; }

    /// <summary>A recipe file on disk, with the files of its folder. The file is read each time the recipe is validated or run.</summary>
    public static RecipeSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        return new RecipeSource(Path.GetFileName(full), new FolderRecipeFiles(Path.GetDirectoryName(full)!),
            cancellationToken => File.ReadAllBytesAsync(full, cancellationToken));
    }

    /// <summary>A recipe read from a stream (an upload), without files. The stream is read to its end now; the caller still owns it.</summary>
    public static async Task<RecipeSource> FromStreamAsync(string name, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        return new RecipeSource(name, EmptyRecipeFiles.Instance, _ => Task.FromResult(bytes));
    }

    /// <summary>A recipe given as JSON text, without files.</summary>
    public static RecipeSource FromJson(string name, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = Encoding.UTF8.GetBytes(json);
        return new RecipeSource(name, EmptyRecipeFiles.Instance, _ => Task.FromResult(bytes));
    }

    /// <summary>A recipe given as JSON text with the files it refers to (a test, or a recipe built in memory).</summary>
    public static RecipeSource FromJson(string name, string json, IRecipeFiles files)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(files);
        var bytes = Encoding.UTF8.GetBytes(json);
        return new RecipeSource(name, files, _ => Task.FromResult(bytes));
    }

    internal Task<byte[]> ReadAsync(CancellationToken cancellationToken) => _read(cancellationToken);
}
