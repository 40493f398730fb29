using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Modules;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Documents.Data;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Data;

public sealed class SqliteModuleTablesTests : ModuleTablesTests
{
    protected override PerspectiveFactory Host() => new() { StartSetUp = false };
}

public sealed class PostgresModuleTablesTests : ModuleTablesTests, IAsyncLifetime
{
    // A database of its own for each test: each starts with the module never switched on.
    private readonly PostgresDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    protected override PerspectiveFactory Host() => new PerspectiveFactory { StartSetUp = false }
        .With("Database:Provider", "Postgres")
        .With("Database:ConnectionString", database.ConnectionString);
}

/// <summary>
/// A module's tables are made the first time the tenant switches it on (through the features page,
/// as an LA administrator would), and switching it off keeps them and their rows (ADR-016).
/// </summary>
public abstract class ModuleTablesTests
{
    private const string FeaturesPage = "/admin/features";
    private const string Documents = "Perspective.Documents";
    private const string CategoriesPage = "/admin/documents/categories";

    protected abstract PerspectiveFactory Host();

    [Fact]
    public async Task AModuleNeverSwitchedOn_HasNoTables_UntilItIsSwitchedOn()
    {
        using var factory = Host();
        await RunWithEverythingButDocumentsAsync(factory);

        var before = await DocumentsTablesAsync(factory);
        var response = await Switch(factory, "Enable");
        var after = await DocumentsTablesAsync(factory);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((false, false), before);
        Assert.Equal((true, true), after);
        Assert.Contains(DocumentsDbContext.HistoryTable, await HistoryTablesAsync(factory));
        Assert.Equal(HttpStatusCode.OK, (await LaAdmin(factory).GetAsync(CategoriesPage)).StatusCode);
    }

    [Fact]
    public async Task SwitchingAModuleOff_KeepsItsRows_AndSwitchingItOnAgain_BringsThemBack()
    {
        using var factory = Host();
        await RunWithEverythingButDocumentsAsync(factory);
        await Switch(factory, "Enable");
        await AddCategoryAsync(factory, "Safeguarding returns");

        var off = await Switch(factory, "Disable");
        var pageWhileOff = await LaAdmin(factory).GetAsync(CategoriesPage);
        var rowsWhileOff = await CategoryNamesAsync(factory);
        var on = await Switch(factory, "Enable");
        var pageAgain = await LaAdmin(factory).GetAsync(CategoriesPage);

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pageWhileOff.StatusCode);
        Assert.Equal(["Safeguarding returns"], rowsWhileOff);
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pageAgain.StatusCode);
        Assert.Contains("Safeguarding returns", await pageAgain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Safeguarding returns"], await CategoryNamesAsync(factory));
    }

    [Fact]
    public async Task ARestart_MakesTheTablesOfEveryModuleTheTenantHasOn_AndKeepsThoseOfAModuleSwitchedOff()
    {
        using var factory = Host();
        await RunWithEverythingButDocumentsAsync(factory);
        await Switch(factory, "Enable");
        await AddCategoryAsync(factory, "Admissions");
        await Switch(factory, "Disable");

        // The migrate verb and start-up both come here, for every tenant in the catalogue.
        await factory.Services.GetRequiredService<ITenantDatabases>().CreateAndMigrateAsync(Tenant.DefaultName);

        Assert.Equal((true, true), await DocumentsTablesAsync(factory));
        Assert.Equal(["Admissions"], await CategoryNamesAsync(factory));
        Assert.Contains("__UsersMigrationsHistory", await HistoryTablesAsync(factory));
    }

    private static async Task RunWithEverythingButDocumentsAsync(PerspectiveFactory factory)
    {
        var catalog = factory.Services.GetRequiredService<ITenantCatalog>();
        var tenant = (await catalog.FindAsync(Tenant.DefaultName))!;
        tenant.State = TenantState.Running;
        tenant.DisplayName = RunningDefaultTenant.LocalAuthorityName;
        tenant.EnabledFeatures = factory.Services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.Name).Where(n => n != Documents).ToList();
        await catalog.SaveAsync(tenant);
    }

    private static HttpClient LaAdmin(PerspectiveFactory factory) => factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

    private static Task<HttpResponseMessage> Switch(PerspectiveFactory factory, string handler) =>
        LaAdmin(factory).SubmitAsync(FeaturesPage, new Dictionary<string, string> { ["module"] = Documents }, $"{FeaturesPage}?handler={handler}");

    private static async Task AddCategoryAsync(PerspectiveFactory factory, string name)
    {
        await using var scope = await factory.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<Perspective.Core.Data.TenantDbContext>();
        db.Add(new DocumentCategory { Name = name, RecipientRoles = BuiltInRoles.Headteacher });
        await db.SaveChangesAsync();
    }

    private static Task<List<string>> CategoryNamesAsync(PerspectiveFactory factory) =>
        factory.QueryAsync(db => db.Database.SqlQueryRaw<string>("""SELECT "Name" AS "Value" FROM "DocumentCategories" """).ToListAsync());

    private static Task<List<string>> HistoryTablesAsync(PerspectiveFactory factory) =>
        factory.QueryAsync(db => db.Database.SqlQueryRaw<string>(TablesSql(db, "__%MigrationsHistory")).ToListAsync());

    // (the Documents module's history table, its Documents table)
    private static async Task<(bool History, bool Documents)> DocumentsTablesAsync(PerspectiveFactory factory)
    {
        var history = await factory.QueryAsync(db => db.Database.SqlQueryRaw<string>(TablesSql(db, DocumentsDbContext.HistoryTable)).ToListAsync());
        var documents = await factory.QueryAsync(db => db.Database.SqlQueryRaw<string>(TablesSql(db, "Documents")).ToListAsync());
        return (history.Count == 1, documents.Count == 1);
    }

    // The pattern is a test constant, never input.
    private static string TablesSql(DbContext db, string pattern) => db.Database.IsNpgsql()
        ? $"SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE '{pattern}'"
        : $"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name LIKE '{pattern}'";
}
