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
        using var second = Node();
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

    private EmailFactory Node()
    {
        var node = new EmailFactory { BackgroundSender = true, FakeClock = false };
        node.With("Database:Provider", "Postgres").With("Database:ConnectionString", database.ConnectionString);
        return node;
    }
}
