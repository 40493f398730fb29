using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Perspective.Files.Checks;

/// <summary>
/// Scans with ClamAV's daemon over TCP using <c>zINSTREAM</c>: the file goes in chunks, each
/// prefixed by its length as four big-endian bytes, then a zero-length chunk; clamd answers
/// <c>stream: OK</c>, <c>stream: &lt;name&gt; FOUND</c> or an error such as
/// <c>INSTREAM size limit exceeded</c>. Every failure (down, slow, refused, garbled) becomes
/// <see cref="ScanOutcome.Failed"/> with a reason.
/// </summary>
public sealed class ClamAvScanner(ClamAvOptions options, ILogger<ClamAvScanner> logger) : IFileScanner
{
    private const int MaxReplyBytes = 4096;

    private string Where => $"{options.Host}:{options.Port.ToString(CultureInfo.InvariantCulture)}";

    public async Task<ScanResult> ScanAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        ScanResult result;
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(options.Host!, options.Port, timeout.Token);
            await using var network = client.GetStream();
            var reply = await ExchangeAsync(network, content, timeout.Token);
            result = Interpret(reply);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result = ScanResult.Failed(string.Create(CultureInfo.InvariantCulture,
                $"The virus scanner at {Where} did not answer within {options.Timeout.TotalSeconds:0.#} seconds"));
        }
        catch (SocketException exception)
        {
            result = ScanResult.Failed($"The virus scanner at {Where} could not be reached ({exception.SocketErrorCode})");
        }
        catch (IOException exception)
        {
            result = ScanResult.Failed($"The connection to the virus scanner at {Where} failed: {exception.Message}");
        }

        if (result.Outcome == ScanOutcome.Failed)
        {
            logger.LogWarning("Virus scan failed: {Reason}", result.Reason);
        }
        else if (result.Outcome == ScanOutcome.Infected)
        {
            logger.LogWarning("Virus scanner found {Signature}", result.Signature);
        }

        return result;
    }

    private async Task<string> ExchangeAsync(NetworkStream network, Stream content, CancellationToken cancellationToken)
    {
        await network.WriteAsync("zINSTREAM\0"u8.ToArray(), cancellationToken);
        var chunk = ArrayPool<byte>.Shared.Rent(options.ChunkSize + 4);
        try
        {
            int read;
            while ((read = await content.ReadAsync(chunk.AsMemory(4, options.ChunkSize), cancellationToken)) > 0)
            {
                BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)read);
                await network.WriteAsync(chunk.AsMemory(0, read + 4), cancellationToken);
            }

            await network.WriteAsync(new byte[4], cancellationToken);
        }
        catch (IOException)
        {
            // clamd closes the connection when a stream passes its size limit; its reply says so.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return await ReadReplyAsync(network, cancellationToken);
    }

    private static async Task<string> ReadReplyAsync(NetworkStream network, CancellationToken cancellationToken)
    {
        var reply = new MemoryStream();
        var buffer = new byte[512];
        int read;
        while (reply.Length < MaxReplyBytes && (read = await network.ReadAsync(buffer, cancellationToken)) > 0)
        {
            var end = Array.IndexOf(buffer, (byte)0, 0, read);
            reply.Write(buffer, 0, end < 0 ? read : end);
            if (end >= 0)
            {
                break;
            }
        }

        return Encoding.UTF8.GetString(reply.GetBuffer(), 0, (int)reply.Length).Trim();
    }

    private static ScanResult Interpret(string reply)
    {
        if (reply.Length == 0)
        {
            return ScanResult.Failed("The virus scanner closed the connection without an answer");
        }

        if (reply.Contains("size limit exceeded", StringComparison.OrdinalIgnoreCase))
        {
            return ScanResult.Failed("The file is larger than the virus scanner accepts (clamd's StreamMaxLength)");
        }

        const string prefix = "stream: ";
        if (reply.StartsWith(prefix, StringComparison.Ordinal))
        {
            var verdict = reply[prefix.Length..];
            if (verdict == "OK")
            {
                return ScanResult.Clean;
            }

            if (verdict.EndsWith(" FOUND", StringComparison.Ordinal) && verdict.Length > " FOUND".Length)
            {
                return ScanResult.Infected(verdict[..^" FOUND".Length]);
            }
        }

        return ScanResult.Failed($"The virus scanner answered \"{Shorten(reply)}\"");
    }

    private static string Shorten(string reply) => reply.Length <= 200 ? reply : reply[..200];
}
