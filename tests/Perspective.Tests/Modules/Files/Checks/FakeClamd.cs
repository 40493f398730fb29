using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Perspective.Tests.Modules.Files.Checks;

/// <summary>
/// A small clamd on a loopback port that speaks <c>zINSTREAM</c>: it reads the length-prefixed
/// chunks up to the zero-length one and answers FOUND when the bytes hold the EICAR test string.
/// </summary>
internal sealed class FakeClamd : IAsyncDisposable
{
    public const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task serving;

    /// <param name="behaviour">How the server answers; <see cref="Answer"/> by default.</param>
    public FakeClamd(Func<NetworkStream, CancellationToken, Task>? behaviour = null, long streamMaxLength = long.MaxValue)
    {
        StreamMaxLength = streamMaxLength;
        listener.Start();
        serving = ServeAsync(behaviour ?? AnswerAsync);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public long StreamMaxLength { get; }

    /// <summary>The command the last client sent.</summary>
    public string? LastCommand { get; private set; }

    /// <summary>When set, every scan is answered with an error, as a clamd that is overloaded does.</summary>
    public bool Failing { get; set; }

    /// <summary>How many bytes of file the last client sent.</summary>
    public long LastBytes { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await serving;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }

        stopping.Dispose();
    }

    private async Task ServeAsync(Func<NetworkStream, CancellationToken, Task> behaviour)
    {
        while (!stopping.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(stopping.Token);
            await using var stream = client.GetStream();
            try
            {
                await behaviour(stream, stopping.Token);
            }
            catch (IOException)
            {
                // The scanner under test hung up; wait for the next one.
            }
        }
    }

    private async Task AnswerAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var command = new byte["zINSTREAM\0".Length];
        await stream.ReadExactlyAsync(command, cancellationToken);
        LastCommand = Encoding.ASCII.GetString(command);
        var content = new MemoryStream();
        var length = new byte[4];
        while (true)
        {
            await stream.ReadExactlyAsync(length, cancellationToken);
            var size = BinaryPrimitives.ReadUInt32BigEndian(length);
            if (size == 0)
            {
                break;
            }

            var chunk = new byte[size];
            await stream.ReadExactlyAsync(chunk, cancellationToken);
            content.Write(chunk);
            if (content.Length > StreamMaxLength)
            {
                await stream.WriteAsync("INSTREAM size limit exceeded. ERROR\0"u8.ToArray(), cancellationToken);
                return;
            }
        }

        LastBytes = content.Length;
        if (Failing)
        {
            await stream.WriteAsync("COMMAND READ TIMED OUT ERROR\0"u8.ToArray(), cancellationToken);
            return;
        }

        var text = Encoding.Latin1.GetString(content.ToArray());
        var reply = text.Contains(Eicar, StringComparison.Ordinal) ? "stream: Win.Test.EICAR_HDB-1 FOUND\0" : "stream: OK\0";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(reply), cancellationToken);
    }
}
