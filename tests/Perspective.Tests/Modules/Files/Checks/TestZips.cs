using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Perspective.Tests.Modules.Files.Checks;

/// <summary>Builds zip files in memory for the file check tests.</summary>
internal static class TestZips
{
    public static byte[] With(params (string Name, string Content)[] entries) =>
        Build(archive =>
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        });

    public static byte[] OfficePackage(string folder) =>
        With(("[Content_Types].xml", "<Types/>"), ("_rels/.rels", "<Relationships/>"), ($"{folder}document.xml", "<document/>"));

    /// <summary>Entries of zero bytes each: a zip bomb of names rather than of bytes.</summary>
    public static byte[] ManyEntries(int count) =>
        Build(archive =>
        {
            for (var i = 0; i < count; i++)
            {
                archive.CreateEntry($"file{i}.txt");
            }
        });

    /// <summary>One entry of zeros, which deflate shrinks about a thousandfold.</summary>
    public static byte[] Zeros(long bytes, string name = "zeros.bin") =>
        Build(archive =>
        {
            using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            var block = new byte[1024 * 1024];
            for (long written = 0; written < bytes; written += block.Length)
            {
                stream.Write(block, 0, (int)Math.Min(block.Length, bytes - written));
            }
        });

    /// <summary>One entry stored without compression.</summary>
    public static byte[] Stored(byte[] content) =>
        Build(archive =>
        {
            using var stream = archive.CreateEntry("stored.bin", CompressionLevel.NoCompression).Open();
            stream.Write(content);
        });

    /// <summary>
    /// Rewrites every entry's declared uncompressed size (local headers and central directory) to
    /// <paramref name="declared"/>, as a zip bomb's maker would.
    /// </summary>
    public static byte[] WithLyingSizes(byte[] zip, uint declared)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), declared);
            }
            else if (signature == 0x02014b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), declared);
            }
        }

        return bytes;
    }

    /// <summary>Sets the "encrypted" flag (general purpose bit 0) on every entry.</summary>
    public static byte[] MarkedEncrypted(byte[] zip)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50)
            {
                bytes[i + 6] |= 1;
            }
            else if (signature == 0x02014b50)
            {
                bytes[i + 8] |= 1;
            }
        }

        return bytes;
    }

    private static byte[] Build(Action<ZipArchive> fill)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(archive);
        }

        return buffer.ToArray();
    }
}
