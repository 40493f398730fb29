using System.Diagnostics;
using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Email;

namespace Perspective.Bench;

/// <summary>
/// Messages per second from the outbox to a loopback SMTP server, against the ceiling: the same
/// number of messages sent straight through one MailKit connection to the same server, in the
/// same run. The ratio is what to compare between machines and commits.
/// </summary>
public static class EmailBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--messages") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 2000;
        var postgres = Option(args, "--postgres");

        using var smtp = new SmtpTestServer();
        var direct = await DirectAsync(smtp, count);

        using var factory = new EmailFactory { FakeClock = false };
        if (postgres is not null)
        {
            factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", postgres);
        }

        await factory.UseSmtpAsync(smtp.Port);
        var queueWatch = Stopwatch.StartNew();
        await factory.QueueAsync("head@school.test", count);
        queueWatch.Stop();

        var before = smtp.Count;
        var drainWatch = Stopwatch.StartNew();
        while (await factory.DrainAsync() > 0)
        {
        }

        drainWatch.Stop();
        if (smtp.Count - before != count)
        {
            Console.Error.WriteLine($"Expected {count} messages, the server received {smtp.Count - before}.");
            return 1;
        }

        var outboxRate = count / drainWatch.Elapsed.TotalSeconds;
        var directRate = count / direct.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"database: {(postgres is null ? "SQLite" : "PostgreSQL")}, messages: {count}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"queue (render + insert, one transaction): {count / queueWatch.Elapsed.TotalSeconds:F0} messages/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"outbox -> SMTP: {outboxRate:F0} messages/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MailKit direct -> SMTP (ceiling): {directRate:F0} messages/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio outbox/direct: {outboxRate / directRate:F2}"));
        return 0;
    }

    private static async Task<TimeSpan> DirectAsync(SmtpTestServer smtp, int count)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", smtp.Port, SecureSocketOptions.None);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var message = new MimeMessage { Subject = "Test message from Northshire County Council" };
            message.From.Add(new MailboxAddress("Northshire portal", "portal@northshire.test"));
            message.To.Add(new MailboxAddress("Hetty Head", "head@school.test"));
            message.Body = new BodyBuilder { HtmlBody = "<p>This is a test message.</p>", TextBody = "This is a test message." }.ToMessageBody();
            await client.SendAsync(message);
        }

        watch.Stop();
        await client.DisconnectAsync(quit: true);
        return watch.Elapsed;
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
