using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Email.Outbox;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Invitations;

namespace Perspective.Tests.Modules.Email.Outbox;

/// <summary>Issue 17: an outbox row must never be enough to take over an account.</summary>
public sealed class OutboxProtectionTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string Sent = "sam.smith@school.test";
    private const string Dead = "dee.dunn@school.test";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnInvitationsRow_HoldsNoLinkOrToken_WhileQueued_AndNoContent_OnceSentOrDeadLettered(bool postgres)
    {
        using var factory = new UsersFactory();
        if (postgres)
        {
            factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", database.ConnectionString);
        }

        await factory.StartAsync();
        await UsersFactory.InviteAsync(factory.LaAdmin(), Sent);

        var queued = Assert.Single(await RawRowsAsync(factory));
        Assert.DoesNotContain("/activate/", queued.Text, StringComparison.Ordinal);
        Assert.NotNull(queued.Columns["HtmlBody"]);
        Assert.Contains("/activate/", Assert.Single(await factory.OutboxAsync()).TextBody, StringComparison.Ordinal);

        var link = await factory.LinkSentToAsync(Sent);
        var token = link[(link.LastIndexOf('/') + 1)..];
        var sent = Assert.Single(await RawRowsAsync(factory));
        Assert.DoesNotContain(token, sent.Text, StringComparison.Ordinal);
        Assert.All(["HtmlBody", "TextBody", "ValuesJson"], column => Assert.Null(sent.Columns[column]));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(link)).StatusCode);

        factory.Smtp.Stop();
        await UsersFactory.InviteAsync(factory.LaAdmin(), Dead, name: "Dee Dunn");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await factory.DrainAsync();
            factory.Clock.Advance(TimeSpan.FromHours(1));
        }

        var dead = (await RawRowsAsync(factory)).Single(r => (string?)r.Columns["ToAddress"] == Dead);
        Assert.Equal("DeadLetter", dead.Columns["State"]);
        Assert.All(["HtmlBody", "TextBody", "ValuesJson"], column => Assert.Null(dead.Columns[column]));
        var page = WebUtility.HtmlDecode(await factory.LaAdmin().GetStringAsync("/admin/email/outbox"));
        Assert.Contains($">{Sent}</td>", page, StringComparison.Ordinal);
        Assert.Contains($">{Dead}</td>", page, StringComparison.Ordinal);
        Assert.Contains(">Invitation</td>", page, StringComparison.Ordinal);
        Assert.Contains(">Sent</strong>", page, StringComparison.Ordinal);
        Assert.Contains(">Dead letter</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Could not connect to the SMTP server", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARowQueuedBeforeEncryption_IsSentAsItIs_ThenCleared()
    {
        using var factory = new UsersFactory();
        await factory.StartAsync();
        await factory.QueryAsync(db =>
        {
            // As the migration leaves a message that was waiting at the upgrade: plain text, not marked protected.
            db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                Kind = "users.invitation",
                ToAddress = Sent,
                Subject = "Your account",
                HtmlBody = "<p>Old <a href=\"https://perspective.test/activate/old-token\">link</a></p>",
                TextBody = "Old link: https://perspective.test/activate/old-token",
                ValuesJson = "{}",
                DueUtc = factory.Clock.GetUtcNow().UtcDateTime,
            });
            return db.SaveChangesAsync();
        });

        await factory.DrainAsync();

        Assert.Contains("/activate/old-token", Assert.Single(factory.Smtp.Messages).TextBody, StringComparison.Ordinal);
        var row = Assert.Single(await RawRowsAsync(factory));
        Assert.Equal("Sent", row.Columns["State"]);
        Assert.DoesNotContain("old-token", row.Text, StringComparison.Ordinal);
    }

    /// <summary>Every column of every outbox row, read with plain SQL as someone with a copy of the database would.</summary>
    private static Task<List<RawRow>> RawRowsAsync(PerspectiveFactory factory) => factory.QueryAsync(async db =>
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT * FROM \"EmailOutbox\" ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<RawRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new RawRow(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i))));
        }

        return rows;
    });

    private sealed record RawRow(Dictionary<string, object?> Columns)
    {
        public string Text => string.Join("\n", Columns.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
