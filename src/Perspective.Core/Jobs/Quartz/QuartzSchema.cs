using System.Data.Common;

namespace Perspective.Core.Jobs.Quartz;

/// <summary>
/// Creates Quartz's tables in the default tenant's database from our own scripts (embedded in
/// this assembly, one per provider), before the scheduler starts. Every statement creates only
/// what is missing, so it runs at every start; not an EF migration, because the tables are
/// Quartz's and live only in the default tenant's database (ADR-013).
/// </summary>
public static class QuartzSchema
{
    /// <summary>Which script a provider uses: <c>Postgres</c> or <c>Sqlite</c>.</summary>
    public static string ScriptFor(string providerName)
    {
        var resource = providerName.Equals("Postgres", StringComparison.OrdinalIgnoreCase) ? "quartz-postgres.sql" : "quartz-sqlite.sql";
        using var stream = typeof(QuartzSchema).Assembly.GetManifestResourceStream($"Perspective.Core.Jobs.Schema.{resource}")
            ?? throw new InvalidOperationException($"The Quartz schema script {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The script's statements: each ends with a line holding only a semicolon.</summary>
    public static IReadOnlyList<string> Statements(string script) =>
        script.ReplaceLineEndings("\n").Split("\n;\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(s => string.Join('\n', s.Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal))).Trim())
            .Where(s => s.Length > 0)
            .ToList();

    /// <summary>Runs the provider's script on an open connection, in one transaction.</summary>
    public static async Task ApplyAsync(DbConnection connection, string providerName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (providerName.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            // Nodes starting together would race to create the same tables; one at a time, until commit.
            await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(4201301)", cancellationToken);
        }

        foreach (var statement in Statements(ScriptFor(providerName)))
        {
            await ExecuteAsync(connection, transaction, statement, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // The SQL is our own embedded script, never input.
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
