using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Events;

namespace Perspective.Tests.Core.Events;

/// <summary>A plain (not audited) event the event tests publish, numbered so a subscriber can stop at one.</summary>
public static class CountedEvents
{
    public static readonly EventDescriptor<CountedPayload> Happened = new("test.happened", "Something numbered happened in a test");

    public static IReadOnlyList<EventDescriptor> All { get; } = [Happened];
}

public sealed record CountedPayload(int Number);

/// <summary>
/// The table the test subscribers write one row to per delivery they handle, in the delivery's
/// transaction, so the test can count how often each subscriber saw each event.
/// </summary>
public static class SeenTable
{
    public static Task CreateAsync(TenantDbContext db) => db.Database.ExecuteSqlRawAsync(
        """CREATE TABLE IF NOT EXISTS "TestEventsSeen" ("EventId" varchar(64) NOT NULL, "Subscriber" varchar(100) NOT NULL)""");

    public static Task AddAsync(TenantDbContext db, Guid eventId, string subscriber, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""INSERT INTO "TestEventsSeen" ("EventId", "Subscriber") VALUES ({eventId.ToString()}, {subscriber})""", cancellationToken);

    public static Task<List<SeenRow>> ReadAsync(TenantDbContext db) =>
        db.Database.SqlQueryRaw<SeenRow>("""SELECT "EventId", "Subscriber" FROM "TestEventsSeen" """).ToListAsync();
}

public sealed record SeenRow(string EventId, string Subscriber);
