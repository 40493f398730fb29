using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Invitations;

namespace Perspective.Tests.Modules.Users.Passwords;

/// <summary>
/// On SQLite a held write lock stops the reset being saved (SQLite lets reads through), so the
/// answer is shown to come before any of the address's writes.
/// </summary>
public sealed class SqliteForgotPasswordTimingTests : ForgotPasswordTimingTests
{
    protected override async Task<IAsyncDisposable> HoldTheDatabaseAsync()
    {
        var file = Path.Combine(Factory.DataPath, "Sites", "Default", "perspective.db");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE";
        await command.ExecuteNonQueryAsync();
        return connection;
    }
}

/// <summary>
/// On PostgreSQL the accounts table is locked even against reads, so the answer is shown to come
/// before the address is so much as looked up.
/// </summary>
public sealed class PostgresForgotPasswordTimingTests : ForgotPasswordTimingTests
{
    private readonly PostgresDatabase _database = new();

    public override async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        Factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", _database.ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    protected override async Task<IAsyncDisposable> HoldTheDatabaseAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""BEGIN; LOCK TABLE "AspNetUsers" IN ACCESS EXCLUSIVE MODE;""", connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }
}

/// <summary>
/// "Forgotten your password?" answers at once, the same for every address, and does the work for
/// the address (lookup, link, email) after the answer has gone.
/// </summary>
public abstract partial class ForgotPasswordTimingTests : IAsyncLifetime
{
    private const string Email = "hetty.head@school.test";
    private const string Unknown = "harry.head@school.test";

    protected UsersFactory Factory { get; } = new();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TheAnswer_ComesWhileTheDatabaseIsHeld_AndTheEmailIsQueuedOnceItIsFree()
    {
        await StartAsync();
        var client = Factory.CreateClient();
        var token = await client.AntiforgeryTokenAsync("/sign-in/forgot-password");

        HttpResponseMessage answer;
        await using (await HoldTheDatabaseAsync())
        {
            answer = await client.PostAsync("/sign-in/forgot-password", Form(Email, token));
            Assert.Equal(0, await Factory.ResetRequestsHandledAsync());
        }

        await Factory.WaitForResetRequestsHandledAsync(1);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/sign-in/forgot-password/sent", answer.Headers.Location?.OriginalString);
        Assert.Equal(["users.password-reset"], (await Factory.OutboxAsync()).Where(m => m.ToAddress == Email).Select(m => m.Kind));
    }

    [Fact]
    public async Task ARealAddress_AndAnUnknownOne_GetByteForByteTheSameAnswer()
    {
        await StartAsync();

        var real = await RequestAsync(Email);
        var unknown = await RequestAsync(Unknown);

        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        Assert.Equal(Describe(real), Describe(unknown));
        Assert.Equal(await real.Content.ReadAsByteArrayAsync(), await unknown.Content.ReadAsByteArrayAsync());
        await Factory.WaitForResetRequestsHandledAsync(2);
        Assert.Single(await Factory.OutboxAsync());
    }

    /// <summary>Stops the app's database work until disposed; the page must answer meanwhile.</summary>
    protected abstract Task<IAsyncDisposable> HoldTheDatabaseAsync();

    private async Task StartAsync()
    {
        await Factory.StartAsync();
        await Factory.CreateAccountAsync(Email, [BuiltInRoles.SchoolUser]);
    }

    private async Task<HttpResponseMessage> RequestAsync(string email)
    {
        var client = Factory.CreateClient();
        return await client.PostAsync("/sign-in/forgot-password", Form(email, await client.AntiforgeryTokenAsync("/sign-in/forgot-password")));
    }

    private static FormUrlEncodedContent Form(string email, string token) =>
        new(new Dictionary<string, string> { ["Email"] = email, ["__RequestVerificationToken"] = token });

    /// <summary>
    /// Status and every header. A cookie's value is encrypted afresh each time, so it is compared by
    /// name, length and attributes (the two addresses are the same length); the CSP nonce is new each time too.
    /// </summary>
    private static List<string> Describe(HttpResponseMessage response) =>
        [
            $"{(int)response.StatusCode}",
            .. response.Headers.Concat<KeyValuePair<string, IEnumerable<string>>>(response.Content.Headers)
                .OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .SelectMany(h => h.Value.Select(v => $"{h.Key}: {(h.Key.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase) ? CookieShape(v) : Nonce().Replace(v, "'nonce-'"))}")),
        ];

    private static string CookieShape(string cookie)
    {
        var parts = cookie.Split(';');
        var nameAndValue = parts[0].Split('=', 2);
        return $"{nameAndValue[0]}=({nameAndValue[1].Length} characters);{string.Join(';', parts.Skip(1))}";
    }

    [GeneratedRegex("'nonce-[^']+'")]
    private static partial Regex Nonce();
}
