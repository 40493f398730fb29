using Microsoft.Data.Sqlite;
using Npgsql;
using Perspective.Core.Jobs.Quartz;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Jobs;

/// <summary>Quartz's tables are created by our own script at every start, on every node.</summary>
public sealed class QuartzSchemaTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task ApplyingTheSchemaAgain_WhileAnotherNodeWritesToQuartzTables_WaitsForNoneOfTheirLocks()
    {
        await using var running = new NpgsqlConnection(database.ConnectionString);
        await running.OpenAsync();
        await QuartzSchema.ApplyAsync(running, "Postgres", CancellationToken.None);

        // A node's scheduler holds the locks an insert takes on its tables until it commits.
        await using var write = await running.BeginTransactionAsync();
        foreach (var table in new[] { "qrtz_job_details", "qrtz_triggers", "qrtz_fired_triggers" })
        {
            await using var lockTable = new NpgsqlCommand($"LOCK TABLE {table} IN ROW EXCLUSIVE MODE", running, write);
            await lockTable.ExecuteNonQueryAsync();
        }

        await using var starting = new NpgsqlConnection(database.ConnectionString);
        await starting.OpenAsync();
        await using (var timeout = new NpgsqlCommand("SET lock_timeout = '5s'", starting))
        {
            await timeout.ExecuteNonQueryAsync();
        }

        // Waiting for the writer's lock would end in a lock timeout (or, at a real start, a deadlock).
        await QuartzSchema.ApplyAsync(starting, "Postgres", CancellationToken.None);

        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'idx_qrtz_%'", starting);
        Assert.Equal(8L, (long)(await count.ExecuteScalarAsync())!);
        await write.RollbackAsync();
    }

    [Fact]
    public async Task ApplyingTheSchemaToAnEmptySqliteDatabase_CreatesEveryTableIndexAndTrigger_AndRunsAgainWithoutError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"quartz-{Guid.NewGuid():N}.db");
        try
        {
            await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            await connection.OpenAsync();
            await QuartzSchema.ApplyAsync(connection, "Sqlite", CancellationToken.None);
            await QuartzSchema.ApplyAsync(connection, "Sqlite", CancellationToken.None);

            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT type, count(*) FROM sqlite_master WHERE name LIKE '%QRTZ%' GROUP BY type ORDER BY type";
            var found = new Dictionary<string, long>();
            await using var reader = await count.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                found[reader.GetString(0)] = reader.GetInt64(1);
            }

            Assert.Equal(12L, found["table"]);
            Assert.Equal(4L, found["trigger"]);
            Assert.True(found["index"] >= 8, $"Expected at least 8 indexes, found {found["index"]}.");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
