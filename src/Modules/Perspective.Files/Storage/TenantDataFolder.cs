namespace Perspective.Files.Storage;

/// <summary>
/// The tenant's own folder under the data path, <c>{DataPath}/Sites/{tenant}</c> — the same folder
/// that holds its SQLite database — and the sub-folders file storage uses there.
/// </summary>
public sealed class TenantDataFolder(string path)
{
    /// <summary><c>{DataPath}/Sites/{tenant}</c>.</summary>
    public string Path { get; } = path;

    /// <summary>Encrypted file blobs and their <c>.partial</c> forerunners.</summary>
    public string Files => System.IO.Path.Combine(Path, "Files");

    /// <summary>The tenant's key ring file (itself encrypted with Data Protection).</summary>
    public string Keys => System.IO.Path.Combine(Path, "Keys");
}
