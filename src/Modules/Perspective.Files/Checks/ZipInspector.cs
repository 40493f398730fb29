using System.Globalization;
using System.IO.Compression;

namespace Perspective.Files.Checks;

/// <summary>
/// Refuses zip files that would hurt whoever unpacks them: too many entries, too many bytes once
/// unpacked (a zip bomb), encrypted entries we cannot check, and names that climb out of the
/// folder they are unpacked into.
/// </summary>
/// <remarks>
/// Declared sizes are checked first so an honest large zip is refused without unpacking anything;
/// then every entry is decompressed and counted with a running cap, because the sizes in a zip's
/// headers are written by whoever made it and a bomb can lie. At most the cap plus one buffer is
/// ever decompressed, and nothing is kept.
/// </remarks>
public sealed class ZipInspector(ZipLimits limits)
{
    /// <summary>The decompression buffer: the most the running count can overshoot the cap by.</summary>
    public const int BufferSize = 81920;

    /// <summary>Inspects the zip in a seekable stream, from its start.</summary>
    public async Task<ZipInspection> InspectAsync(Stream zip, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(zip);
        if (!zip.CanSeek || !zip.CanRead)
        {
            throw new ArgumentException("The zip inspection needs a readable, seekable stream.", nameof(zip));
        }

        zip.Position = 0;
        long unpacked = 0;
        var entries = 0;
        try
        {
            // The central directory is read whole; its size is bounded by the upload size limit.
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            entries = archive.Entries.Count;
            var problem = DeclaredProblem(archive);
            if (problem is not null)
            {
                return new ZipInspection(problem, entries, 0);
            }

            var raw = ZipRawEntries.TryRead(zip);
            var buffer = new byte[BufferSize];
            for (var i = 0; i < entries; i++)
            {
                var rawEntry = raw is not null && raw.Count == entries ? raw[i] : null;
                await using var content = OpenUnbounded(zip, rawEntry, archive.Entries[i]);
                long entryBytes = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    entryBytes += read;
                    unpacked += read;
                    if (unpacked > limits.MaxUnpackedBytes)
                    {
                        return new ZipInspection(TooBig(), entries, unpacked);
                    }
                }

                // An honest zip's headers state each entry's size exactly.
                if (rawEntry is not null && entryBytes != rawEntry.DeclaredLength)
                {
                    return new ZipInspection(NotAZip, entries, unpacked);
                }
            }

            return new ZipInspection(null, entries, unpacked);
        }
        catch (InvalidDataException)
        {
            return new ZipInspection(NotAZip, entries, unpacked);
        }
        finally
        {
            zip.Position = 0;
        }
    }

    private const string NotAZip = "The selected file is not a valid zip file";

    /// <summary>
    /// The entry's bytes as any unzip tool would see them: decompressed to the end of the data
    /// rather than stopped at the declared size as <see cref="ZipArchiveEntry.Open()"/> does.
    /// </summary>
    private static Stream OpenUnbounded(Stream zip, ZipRawEntry? raw, ZipArchiveEntry entry) => raw switch
    {
        { Method: 0 } => new SliceStream(zip, raw.DataOffset, raw.CompressedLength),
        { Method: 8 } => new DeflateStream(new SliceStream(zip, raw.DataOffset, raw.CompressedLength), CompressionMode.Decompress),
        _ => entry.Open(),
    };

    private string? DeclaredProblem(ZipArchive archive)
    {
        if (archive.Entries.Count > limits.MaxEntries)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The selected zip file must contain {limits.MaxEntries:N0} files or fewer");
        }

        if (archive.Entries.Any(e => e.IsEncrypted))
        {
            return "The selected zip file must not be password protected";
        }

        if (archive.Entries.Any(e => !IsSafeName(e.FullName)))
        {
            return "The selected zip file contains a file name that points outside the zip";
        }

        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            declared += entry.Length;
            if (declared > limits.MaxUnpackedBytes)
            {
                return TooBig();
            }
        }

        return null;
    }

    private string TooBig() =>
        $"The selected zip file must unpack to {Sizes.Show(limits.MaxUnpackedBytes)} or less";

    /// <summary>A relative name without <c>..</c> segments, drive letters or a leading slash, in either slash style.</summary>
    public static bool IsSafeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name[0] is '/' or '\\' || name.Contains(':', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }

        return !name.Split('/', '\\').Any(segment => segment == "..");
    }
}
