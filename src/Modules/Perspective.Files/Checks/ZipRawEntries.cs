using System.Buffers.Binary;

namespace Perspective.Files.Checks;

/// <summary>Where one entry's compressed bytes lie, read from the zip's own headers.</summary>
/// <param name="Method">0 stored, 8 deflate; anything else is left to <c>System.IO.Compression</c>.</param>
internal sealed record ZipRawEntry(int Method, long CompressedLength, long DeclaredLength, long DataOffset);

/// <summary>
/// Reads the central directory and local headers of a classic (not Zip64) zip. The inspector needs
/// this because <c>System.IO.Compression</c> stops decompressing at the size an entry declares, so
/// a bomb that under-declares would look small to it while other unzip tools unpack it all.
/// </summary>
internal static class ZipRawEntries
{
    private const uint EndOfCentralDirectory = 0x06054b50;
    private const uint CentralHeader = 0x02014b50;
    private const uint LocalHeader = 0x04034b50;

    /// <summary>The entries in central directory order, or null for a Zip64 or unreadable zip.</summary>
    public static IReadOnlyList<ZipRawEntry>? TryRead(Stream zip)
    {
        var end = FindEndOfCentralDirectory(zip);
        if (end is null)
        {
            return null;
        }

        var (count, directoryOffset) = end.Value;
        var entries = new List<ZipRawEntry>(count);
        var position = directoryOffset;
        var header = new byte[46];
        var local = new byte[30];
        for (var i = 0; i < count; i++)
        {
            if (!ReadAt(zip, position, header) || BinaryPrimitives.ReadUInt32LittleEndian(header) != CentralHeader)
            {
                return null;
            }

            var method = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(10));
            var compressed = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(20));
            var declared = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(24));
            var localOffset = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(42));
            if (compressed == uint.MaxValue || declared == uint.MaxValue || localOffset == uint.MaxValue)
            {
                return null; // Zip64: sizes live in an extra field
            }

            if (!ReadAt(zip, localOffset, local) || BinaryPrimitives.ReadUInt32LittleEndian(local) != LocalHeader)
            {
                return null;
            }

            var dataOffset = localOffset + 30L + BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(28));
            entries.Add(new ZipRawEntry(method, compressed, declared, dataOffset));
            position += 46L + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28))
                + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(30))
                + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(32));
        }

        return entries;
    }

    private static (int Count, long Offset)? FindEndOfCentralDirectory(Stream zip)
    {
        // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
        var tail = new byte[(int)Math.Min(zip.Length, 22 + ushort.MaxValue)];
        if (tail.Length < 22 || !ReadAt(zip, zip.Length - tail.Length, tail))
        {
            return null;
        }

        for (var i = tail.Length - 22; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) == EndOfCentralDirectory)
            {
                var count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(i + 10));
                var offset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i + 16));
                return count == ushort.MaxValue || offset == uint.MaxValue ? null : (count, offset);
            }
        }

        return null;
    }

    private static bool ReadAt(Stream zip, long position, byte[] buffer)
    {
        if (position < 0 || position + buffer.Length > zip.Length)
        {
            return false;
        }

        zip.Position = position;
        zip.ReadExactly(buffer);
        return true;
    }
}
