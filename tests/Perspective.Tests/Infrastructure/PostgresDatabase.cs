using Npgsql;

namespace Perspective.Tests.Infrastructure;

/// <summary>
/// A fresh, empty PostgreSQL database on the server that ./test.sh starts (its address is in
/// PERSPECTIVE_TEST_POSTGRES), dropped afterwards. Without that server the test fails: it is never skipped.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string ServerVariable = "PERSPECTIVE_TEST_POSTGRES";

    private readonly string _name = $"perspective_test_{Guid.NewGuid():N}";

    public string ConnectionString { get; private set; } = "";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ServerVariable} is not set. Run the tests through ./test.sh, which starts a PostgreSQL server.");

    public async Task InitializeAsync()
    {
        await ExecuteOnServerAsync($"CREATE DATABASE \"{_name}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
