using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Core.Tenants;
using Perspective.Organisations.Data;
using Perspective.Recipes;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Modules.Organisations;

/// <summary>The test host, with ways to put schools in, read them back, upload GIAS files and run recipes.</summary>
public sealed partial class OrganisationsFactory : PerspectiveFactory
{
    /// <summary>Adds schools straight to the database: (URN, DfE number, name), open, Lite, Primary.</summary>
    public async Task AddSchoolsAsync(params (int Urn, string DfeNumber, string Name)[] schools)
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        foreach (var (urn, dfe, name) in schools)
        {
            db.Set<Organisation>().Add(School(urn, dfe, name));
        }

        await db.SaveChangesAsync();
    }

    public async Task AddAsync(params Organisation[] organisations)
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        db.Set<Organisation>().AddRange(organisations);
        await db.SaveChangesAsync();
    }

    public static Organisation School(int urn, string dfeNumber, string name, string phase = "Primary") => new()
    {
        Id = $"school-{urn}",
        Kind = OrganisationKind.School,
        Urn = urn,
        Name = name,
        LaCode = dfeNumber[..3],
        LaName = "Northshire",
        EstablishmentNumber = dfeNumber[3..],
        DfeNumber = dfeNumber,
        Phase = phase,
        TypeOfEstablishment = "Community school",
        Postcode = "NS1 1AA",
        HeadFirstName = "Ann",
        HeadLastName = "Head",
        AttributesJson = "{}",
        GiasStatus = "Open",
        Edition = SchoolEdition.Lite,
        CreatedUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        UpdatedUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    public Task<List<Organisation>> OrganisationsAsync(string? tenantName = null) =>
        this.QueryAsync(db => db.Set<Organisation>().AsNoTracking().OrderBy(o => o.Id).ToListAsync(), tenantName);

    public Task<Organisation?> FindAsync(string id, string? tenantName = null) =>
        this.QueryAsync(db => db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id), tenantName);

    /// <summary>Groups by name, each with its members' ids sorted.</summary>
    public Task<Dictionary<string, (GroupKind Kind, List<string> Members)>> GroupsAsync(string? tenantName = null) =>
        this.QueryAsync(
            async db =>
            {
                var groups = await db.Set<OrganisationGroup>().AsNoTracking().ToListAsync();
                var members = await db.Set<OrganisationGroupMember>().AsNoTracking().ToListAsync();
                return groups.ToDictionary(g => g.Name, g => (g.Kind, members.Where(m => m.GroupId == g.Id).Select(m => m.OrganisationId).Order(StringComparer.Ordinal).ToList()));
            },
            tenantName);

    /// <summary>Uploads a file on the import page as a browser would; the response is the preview (or the form with its error).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName = "gias.csv")
    {
        var token = await client.AntiforgeryTokenAsync("/admin/organisations/import");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", fileName);
        return await client.PostAsync("/admin/organisations/import", form);
    }

    /// <summary>Confirms the preview in <paramref name="previewHtml"/>, posting its hidden upload id back.</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string previewHtml)
    {
        var id = UploadIdPattern().Match(previewHtml).Groups[1].Value;
        var token = TokenPattern().Match(previewHtml).Groups[1].Value;
        return await client.PostAsync(
            "/admin/organisations/import?handler=Confirm",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["UploadId"] = id, ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token) }));
    }

    /// <summary>Uploads then confirms, asserting both steps worked.</summary>
    public static async Task ImportAsync(HttpClient client, string csv)
    {
        var preview = await UploadAsync(client, GiasCsv.Bytes(csv));
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("Check the import", html, StringComparison.Ordinal);
        var done = await ConfirmAsync(client, html);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, done.StatusCode);
    }

    /// <summary>Files waiting in the tenant's import folder.</summary>
    public IReadOnlyList<string> WaitingUploads()
    {
        var folder = Path.Combine(DataPath, "Temp", TenantName, "organisations-import");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    public async Task<RecipeResult> RunRecipeAsync(RecipeSource source, string? tenantName = null)
    {
        var tenant = (await Services.GetRequiredService<ITenantCatalog>().FindAsync(tenantName ?? TenantName))!;
        return await Services.GetRequiredService<TenantRecipes>().RunAsync(tenant, source, values: null);
    }

    public async Task<byte[]> ExportAsync(string? tenantName = null)
    {
        await using var scope = await this.TenantScopeAsync(tenantName);
        return await scope.ServiceProvider.GetRequiredService<IRecipeExporter>().ExportAsync();
    }

    [GeneratedRegex("name=\"UploadId\" value=\"([0-9a-f]*)\"")]
    private static partial Regex UploadIdPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
