using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Pages.Setup;

/// <summary>
/// Setup with the demo recipe: in Development it makes one account per persona, each with a random
/// password shown once after the administrator's two-factor step, stored nowhere but as a hash and
/// never logged; anywhere else the recipe is refused and nothing is made. On both providers.
/// </summary>
public sealed partial class DemoSetupTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string AdminEmail = "wendy@westshire.test";

    private static readonly (string Email, string Role, string Organisation)[] Personas =
    [
        ("la.admin@northshire.example", "LA admin", "team-education-achievement-service"),
        ("la.editor@northshire.example", "LA editor", "team-education-achievement-service"),
        ("la.officer@northshire.example", "LA officer", "team-education-achievement-service"),
        ("virtual.school@northshire.example", "Virtual School officer", "team-virtual-school"),
        ("headteacher@kestrelbay.northshire.example", "Headteacher", "school-100013"),
        ("staff@kestrelbay.northshire.example", "School user", "school-100013"),
        ("headteacher@dunmere.northshire.example", "Headteacher", "school-100061"),
        ("staff@dunmere.northshire.example", "School user", "school-100061"),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task InDevelopment_TheDemoRecipe_MakesOneAccountPerPersona_WhosePasswordIsShownOnce_AndKeptNowhere(bool onPostgres)
    {
        using var factory = Factory("Development", onPostgres);
        var client = factory.CreateClient();

        var setUp = await client.SubmitAsync("/setup", Form("demo"));
        var finalScreen = await (await client.SetUpTwoFactorAsync("/sign-in/set-up-two-factor")).Content.ReadAsStringAsync();
        var shown = DemoAccountRows().Matches(finalScreen).Select(m => (Role: m.Groups[1].Value, Email: m.Groups[2].Value, Password: m.Groups[3].Value)).ToList();

        Assert.Equal("/sign-in/set-up-two-factor", setUp.Headers.Location?.OriginalString);
        Assert.Equal(Personas.Select(p => (p.Email, p.Role)), shown.Select(s => (s.Email, s.Role)));
        Assert.Equal(Personas.Select(p => (p.Email, p.Role, p.Organisation)), await AccountsAsync(factory));
        Assert.All(shown, s => Assert.Matches("^[a-zA-Z0-9]{20}$", s.Password));
        Assert.Equal(shown.Count, shown.Select(s => s.Password).Distinct().Count());

        foreach (var (_, email, password) in shown)
        {
            var person = factory.CreateClient();
            await person.SignInAsync(email, password);
            Assert.Contains("Signed in as", await person.GetStringAsync("/"), StringComparison.Ordinal);
        }

        var logs = string.Join("\n", factory.Logs.Messages);
        foreach (var (_, _, password) in shown)
        {
            Assert.DoesNotContain(password, logs, StringComparison.Ordinal);
            Assert.False(await StoredAnywhereAsync(factory, onPostgres, password), "A demonstration password was found in the database.");
        }

        // Shown once: nothing is held for anyone any more.
        var held = factory.Services.GetRequiredService<Perspective.Users.Demo.DemoPasswords>();
        var admin = await factory.QueryAsync(db => db.Users.SingleAsync(u => u.Email == AdminEmail));
        Assert.Empty(held.TakeFor(Tenant.DefaultName, admin.Id));
        Assert.Empty(held.Take(Tenant.DefaultName));
    }

    [Fact]
    public async Task InProduction_TheDemoRecipe_IsRefused_AndNothingIsMade()
    {
        using var factory = Factory("Production", onPostgres: false);

        var response = await factory.CreateClient().SubmitAsync("/setup", Form("demo"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("allowed only when the portal runs in Development; it runs in Production. Choose another recipe.", html, StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.Tenants.CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<Perspective.Organisations.Data.Organisation>().CountAsync()));
    }

    private static Dictionary<string, string> Form(string recipe) => new()
    {
        ["SiteName"] = "Westshire Council",
        ["Recipe"] = recipe,
        ["AdminName"] = "Wendy Admin",
        ["AdminEmail"] = AdminEmail,
        ["Password"] = "a long and memorable passphrase",
        ["ConfirmPassword"] = "a long and memorable passphrase",
    };

    /// <summary>Every account but setup's administrator: (email, role, organisation), in the recipe's order.</summary>
    private static async Task<List<(string, string, string)>> AccountsAsync(PerspectiveFactory factory)
    {
        var rows = await factory.QueryAsync(db =>
            (from user in db.Users
             join userRole in db.Set<IdentityUserRole<string>>() on user.Id equals userRole.UserId
             join role in db.Roles on userRole.RoleId equals role.Id
             where user.Email != AdminEmail
             select new { user.Email, role.Name, user.OrganisationId }).ToListAsync());
        var order = Personas.Select(p => p.Email).ToList();
        return rows.OrderBy(r => order.IndexOf(r.Email!)).Select(r => (r.Email!, r.Name!, r.OrganisationId!)).ToList();
    }

    /// <summary>Whether the text is anywhere in the default tenant's database: the SQLite file's bytes, or every text column on PostgreSQL.</summary>
    private async Task<bool> StoredAnywhereAsync(DevelopmentFactory factory, bool onPostgres, string text)
    {
        if (!onPostgres)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var folder = Path.Combine(factory.DataPath, "Sites", Tenant.DefaultName);
            var needle = Encoding.UTF8.GetBytes(text);
            return Directory.GetFiles(folder, "perspective.db*").Any(file =>
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return memory.ToArray().AsSpan().IndexOf(needle) >= 0;
            });
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        Assert.NotEmpty(columns);
        foreach (var (table, column) in columns)
        {
#pragma warning disable CA2100 // Names come from the server's own catalogue, quoted; the value is a parameter.
            await using var search = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM \"{table}\" WHERE strpos(\"{column}\", $1) > 0)", connection)
            {
                Parameters = { new() { Value = text } },
            };
#pragma warning restore CA2100
            if (await search.ExecuteScalarAsync() is true)
            {
                return true;
            }
        }

        return false;
    }

    private DevelopmentFactory Factory(string environment, bool onPostgres)
    {
        var factory = new DevelopmentFactory { StartSetUp = false, EnvironmentName = environment };
        // Nine people sign in from one address within the minute.
        factory.With("Perspective:Security:SignInAttemptsPerMinute", "100");
        if (onPostgres)
        {
            factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", database.ConnectionString);
        }

        return factory;
    }

    [GeneratedRegex("<tr class=\"govuk-table__row\" data-testid=\"demo-account\">\\s*<td class=\"govuk-table__cell\">([^<]*)</td>\\s*<td class=\"govuk-table__cell\">([^<]*)</td>\\s*<td class=\"govuk-table__cell\"><code>([^<]*)</code></td>")]
    private static partial Regex DemoAccountRows();

    /// <summary>The host with every log message captured.</summary>
    private sealed class DevelopmentFactory : PerspectiveFactory
    {
        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        }
    }
}
