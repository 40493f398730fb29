using System.Net;
using System.Net.Sockets;
using MimeKit;
using netDumbster.smtp;

namespace Perspective.Tests.Infrastructure;

/// <summary>
/// A real SMTP server in the test process on a free loopback port. It can be stopped and started
/// again on the same port, as a mail server that goes down and comes back.
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    private SimpleSmtpServer? _server;

    public SmtpTestServer(bool start = true)
    {
        Port = FreePort();
        if (start)
        {
            Start();
        }
    }

    public int Port { get; }

    public void Start() => _server ??= SimpleSmtpServer.Start(Port);

    public void Stop()
    {
        _server?.Stop();
        _server?.Dispose();
        _server = null;
    }

    /// <summary>Every message received so far, parsed with MimeKit.</summary>
    public IReadOnlyList<MimeMessage> Messages =>
        _server?.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data)))).ToList() ?? [];

    public int Count => _server?.ReceivedEmailCount ?? 0;

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived, or fails after <paramref name="seconds"/>.</summary>
    public async Task WaitForAsync(int count, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Only {Count} of {count} messages arrived within {seconds} s.");
            await Task.Delay(50);
        }
    }

    public void Dispose() => Stop();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
