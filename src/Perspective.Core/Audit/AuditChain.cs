using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Perspective.Core.Audit;

/// <summary>
/// How an audit event's hash is made: SHA-256 over a version tag, the previous event's hash, the
/// sequence number and every other stored field (not the row id, nor the event id, which only keys
/// redelivery) in a fixed order, each written as a 4-byte big-endian length and its UTF-8 bytes
/// (-1 for null), so no two different events encode alike.
/// Times are UTC in round-trip format at whole microseconds, which both databases store exactly.
/// </summary>
public static class AuditChain
{
    private const string Version = "perspective.audit.v1";

    public static string HashOf(AuditEvent auditEvent, long sequence, string? previousHash)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var field in Fields(auditEvent, sequence, previousHash))
        {
            Append(hash, field);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The time as it will read back from either database: UTC, whole microseconds.</summary>
    public static DateTime Stored(DateTime time)
    {
        var utc = DateTime.SpecifyKind(time, DateTimeKind.Utc);
        return utc.AddTicks(-(utc.Ticks % 10));
    }

    private static string?[] Fields(AuditEvent e, long sequence, string? previousHash) =>
    [
        Version,
        previousHash,
        sequence.ToString(CultureInfo.InvariantCulture),
        Stored(e.OccurredUtc).ToString("O", CultureInfo.InvariantCulture),
        e.Action,
        e.UserId,
        e.UserName,
        e.OrganisationId,
        e.ObjectType,
        e.ObjectId,
        e.IpAddress,
        e.Details,
    ];

    private static void Append(IncrementalHash hash, string? field)
    {
        Span<byte> length = stackalloc byte[4];
        if (field is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(length, -1);
            hash.AppendData(length);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(field);
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
