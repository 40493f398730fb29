using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace Perspective.Tests.Infrastructure;

/// <summary>
/// Sends a request whose body ends before its Content-Length, as a client that gives up mid-upload
/// does, over a real socket: the headers promise more bytes than are written, then the client
/// stops sending (a TCP half-close) and reads whatever the server answers.
/// </summary>
public static class CutShortRequests
{
    /// <summary>The status code the server answers, or null when it closes without answering.</summary>
    /// <remarks>The server waits for the missing bytes until its minimum request body data rate gives up.</remarks>
    public static async Task<int?> PostAsync(KestrelFactory factory, string pathAndQuery, IReadOnlyDictionary<string, string> headers, byte[] sent, long declaredLength)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var server = factory.Address;
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, deadline.Token);
        await using var stream = new SslStream(client.GetStream(), leaveInnerStreamOpen: false, (_, certificate, _, _) => factory.IsServerCertificate(certificate));
        await stream.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = server.Host }, deadline.Token);

        var head = new StringBuilder()
            .Append("POST ").Append(pathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(server.Authority).Append("\r\n")
            .Append("Content-Length: ").Append(declaredLength).Append("\r\n")
            .Append("Connection: close\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), deadline.Token);
        await stream.WriteAsync(sent, deadline.Token);
        await stream.FlushAsync(deadline.Token);

        var answer = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, deadline.Token)) > 0)
            {
                answer.Write(buffer, 0, read);
                if (StatusOf(answer) is not null)
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // The server reset the connection; whatever arrived before it is the answer.
        }

        return StatusOf(answer);
    }

    private static int? StatusOf(MemoryStream answer)
    {
        var text = Encoding.ASCII.GetString(answer.GetBuffer(), 0, (int)answer.Length);
        var end = text.IndexOf("\r\n", StringComparison.Ordinal);
        return end > 0 && text[..end].Split(' ') is [_, var code, ..] && int.TryParse(code, out var status) ? status : null;
    }
}
