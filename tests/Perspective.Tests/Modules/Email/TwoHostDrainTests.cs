using Perspective.Email.Outbox;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Email;

/// <summary>Two app nodes share one PostgreSQL database and both run the background sender.</summary>
public sealed class TwoHostDrainTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const int Messages = 1000;

    [Fact]
    public async Task TwoHosts_OnOnePostgresDatabase_DrainAnOutboxOf1000_SendingNoMessageTwice()
    {
        using var smtp = new SmtpTestServer();
        using var first = Node();
        await first.UseSmtpAsync(smtp.Port);
        using var second = Node(first.DataPath);
        _ = second.Services; // starts the second node's sender too

        await first.QueueAsync("head@school.test", Messages);
        await smtp.WaitForAsync(Messages, seconds: 120);
        // Give a node that might send a message twice the time to do it.
        await Task.Delay(TimeSpan.FromSeconds(1));

        var ids = smtp.Messages.Select(m => m.MessageId).ToList();
        Assert.Equal(Messages, smtp.Count);
        Assert.Equal(Messages, ids.Distinct().Count());
        var outbox = await first.OutboxAsync();
        Assert.Equal(Messages, outbox.Count);
        Assert.All(outbox, m => Assert.Equal(OutboxState.Sent, m.State));
        Assert.All(outbox, m => Assert.Equal(1, m.Attempts));
    }

    /// <summary>A node; nodes of one deployment share the data folder, and so the Data Protection keys that encrypt queued emails.</summary>
    private EmailFactory Node(string? dataPathOf = null)
    {
        var node = new EmailFactory { BackgroundSender = true, FakeClock = false };
        node.With("Database:Provider", "Postgres").With("Database:ConnectionString", database.ConnectionString);
        if (dataPathOf is not null)
        {
            node.With("Perspective:DataPath", dataPathOf);
        }

        return node;
    }
}
