using System.Data.Common;
using System.Text.RegularExpressions;

namespace Perspective.Core.Jobs.Quartz;

/// <summary>
/// Creates Quartz's tables in the default tenant's database from our own scripts (embedded in
/// this assembly, one per provider), before the scheduler starts. Every statement creates only
/// what is missing, so it runs at every start; a statement whose object already exists is not run at
/// all, because PostgreSQL locks a table before it sees that an index on it exists, and a node
/// starting beside a busy one would then deadlock with it. Not an EF migration, because the tables are
/// Quartz's and live only in the default tenant's database (ADR-013).
/// </summary>
public static partial class QuartzSchema
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

        var postgres = providerName.Equals("Postgres", StringComparison.OrdinalIgnoreCase);
        foreach (var statement in Statements(ScriptFor(providerName)))
        {
            if (!await ExistsAsync(connection, transaction, postgres, CreatedObject(statement), cancellationToken))
            {
                await ExecuteAsync(connection, transaction, statement, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The name of the table, index or trigger a statement creates.</summary>
    public static string CreatedObject(string statement)
    {
        var match = CreateIfNotExists().Match(statement);
        return match.Success
            ? match.Groups["name"].Value
            : throw new InvalidOperationException($"A Quartz schema statement must create one object if it does not exist: {statement}");
    }

    private static async Task<bool> ExistsAsync(DbConnection connection, DbTransaction transaction, bool postgres, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = postgres
            ? "SELECT to_regclass(@name) IS NOT NULL OR EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = @name)"
            : "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = @name COLLATE NOCASE)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@name";
        parameter.Value = postgres ? name.ToLowerInvariant() : name;
        command.Parameters.Add(parameter);
        return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX|TRIGGER)\s+IF\s+NOT\s+EXISTS\s+(?<name>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex CreateIfNotExists();

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
