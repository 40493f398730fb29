using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Core.Settings;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Data;

/// <summary>
/// A tenant's SQLite database is read and written at once by requests, jobs and the scheduler. In
/// SQLite's default journal a write's commit waits for every reader, and a single insert that EF Core
/// sends without a transaction fails at once with "database is locked" instead of waiting.
/// </summary>
public sealed class SqliteConcurrencyTests : IDisposable
{
    private readonly PerspectiveFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ATenantDatabase_IsInWriteAheadLogMode()
    {
        _ = _factory.Server;
        await using var connection = new SqliteConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task AWrite_WhileAnotherConnectionIsReading_IsSaved()
    {
        _ = _factory.Server;
        await using var reader = new SqliteConnection(ConnectionString());
        await reader.OpenAsync();
        using var readTransaction = reader.BeginTransaction(deferred: true);
        await using (var read = reader.CreateCommand())
        {
            read.Transaction = readTransaction;
            read.CommandText = "SELECT COUNT(*) FROM Settings;";
            await read.ExecuteScalarAsync();
        }

        await using var scope = await _factory.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        db.Add(new SiteSetting { Key = "test.concurrent-write", Value = "saved" });
        await db.SaveChangesAsync();

        Assert.Equal("saved", await db.Set<SiteSetting>().AsNoTracking().Where(s => s.Key == "test.concurrent-write").Select(s => s.Value).SingleAsync());
    }

    private string ConnectionString() =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(_factory.DataPath, "Sites", Tenant.DefaultName, "perspective.db"), Pooling = false }.ConnectionString;
}
