using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Organisations.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Bulk;

/// <summary>
/// The real host on a clock the test moves, with Ash and Birch (and their headteachers, for
/// emails), the LA team, a letters category, and helpers that drive the bulk-send pages over HTTP.
/// The hourly jobs are off: tests call the services.
/// </summary>
public sealed class BulkFactory : ClockFactory
{
    public const string OfficerName = "olive-officer";

    /// <summary>Points the virus scanner at a closed port, so every scan fails and files are held back.</summary>
    public bool ScannerDown { get; init; }

    public HttpClient Officer() => ClientForOrganisation(OfficerName, TestOrganisations.LaTeam.Id, BuiltInRoles.LaOfficer);

    public HttpClient OtherOfficer() => ClientForOrganisation("oscar-officer", TestOrganisations.LaTeam.Id, BuiltInRoles.LaOfficer);

    public string FilesFolder => Path.Combine(DataPath, "Sites", TenantName, "Files");

    public int BlobCount => Directory.Exists(FilesFolder) ? Directory.GetFiles(FilesFolder, "*.blob").Length : 0;

    /// <summary>A category LA officers send in, to headteachers.</summary>
    public async Task<DocumentCategory> CategoryAsync(string extensions = "pdf", long maxBytes = 1024 * 1024, bool archived = false, int? retentionDays = 30)
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var category = new DocumentCategory
        {
            Name = "Risk category letters " + Guid.NewGuid().ToString("N")[..6],
            SenderRoles = BuiltInRoles.LaOfficer,
            RecipientRoles = BuiltInRoles.Headteacher,
            AllowedExtensions = extensions,
            MaxSizeBytes = maxBytes,
            IsArchived = archived,
            RetentionDays = retentionDays,
        };
        db.Add(category);
        await db.SaveChangesAsync();
        return category;
    }

    /// <summary>An active headteacher account at the school, so new-document emails have someone to go to.</summary>
    public async Task HeadteacherAsync(string organisationId, string email)
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Name == BuiltInRoles.Headteacher);
        if (role is null)
        {
            role = new IdentityRole(BuiltInRoles.Headteacher) { NormalizedName = BuiltInRoles.Headteacher.ToUpperInvariant() };
            db.Roles.Add(role);
        }

        var user = new PerspectiveUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = email,
            OrganisationId = organisationId,
            CreatedUtc = Start.AddYears(-1),
            ActivatedUtc = Start.AddYears(-1),
            SecurityStamp = Guid.NewGuid().ToString(),
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        await db.SaveChangesAsync();
    }

    /// <summary>Starts a draft through the start page and returns its id.</summary>
    public static async Task<Guid> StartAsync(HttpClient client, int categoryId, string message = "")
    {
        var response = await client.SubmitAsync(BulkPages.Start, new Dictionary<string, string>
        {
            ["CategoryId"] = categoryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Message"] = message,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return Guid.Parse(location.Split('/')[^2]);
    }

    /// <summary>
    /// Posts files to the upload page as a browser does (the token first, then the files), to the
    /// page itself or to one of its handlers.
    /// </summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid batchId, IEnumerable<(string Name, byte[] Content)> files, string? handler = null, bool withToken = true)
    {
        var page = BulkPages.Files(batchId);
        using var form = new MultipartFormDataContent();
        if (withToken)
        {
            form.Add(new StringContent(await client.AntiforgeryTokenAsync(page)), "__RequestVerificationToken");
        }

        foreach (var (name, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "Files", name);
        }

        return await client.PostAsync(handler is null ? page : $"{page}?handler={handler}", form);
    }

    /// <summary>Starts a draft and uploads the files without JavaScript; fails the test unless every file was taken.</summary>
    public static async Task<Guid> DraftWithAsync(HttpClient client, int categoryId, params string[] fileNames)
    {
        var batchId = await StartAsync(client, categoryId);
        var response = await UploadAsync(client, batchId, fileNames.Select(n => (n, DocumentsFactory.Pdf(n))));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return batchId;
    }

    /// <summary>Adds a closed school (URN 100003, DfE number 9992003).</summary>
    public async Task ClosedSchoolAsync()
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        db.Add(new Organisation
        {
            Id = "school-100003",
            Kind = Perspective.Core.Organisations.OrganisationKind.School,
            Name = "Cedar Infants (closed)",
            Urn = 100003,
            DfeNumber = "9992003",
            LaCode = "999",
            EstablishmentNumber = "2003",
            Edition = Perspective.Core.Organisations.SchoolEdition.Lite,
            CreatedUtc = Start.AddYears(-5),
            UpdatedUtc = Start.AddYears(-1),
            ClosedUtc = Start.AddYears(-1),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Presses "Send" on the preview.</summary>
    public static Task<HttpResponseMessage> SendAsync(HttpClient client, Guid batchId) =>
        client.SubmitAsync(BulkPages.Preview(batchId), new Dictionary<string, string>(), $"{BulkPages.Preview(batchId)}?handler=Send");

    /// <summary>Presses "Remove" for one file on the preview.</summary>
    public static Task<HttpResponseMessage> RemoveAsync(HttpClient client, Guid batchId, Guid fileId) =>
        client.SubmitAsync(BulkPages.Preview(batchId), new Dictionary<string, string> { ["fileId"] = fileId.ToString() }, $"{BulkPages.Preview(batchId)}?handler=Remove");

    public Task<List<StagedFile>> StagedAsync(Guid batchId) =>
        this.QueryAsync(db => db.Set<StagedFile>().AsNoTracking().Where(f => f.BatchId == batchId).OrderBy(f => f.FileName).ToListAsync());

    public async Task<Guid> StagedIdAsync(Guid batchId, string fileName) =>
        (await StagedAsync(batchId)).Single(f => f.FileName == fileName).Id;

    protected override Task SeedTenantAsync(string tenantName) => TestOrganisations.StoreAsync(this);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Perspective:Documents:RetentionEnabled", "false");
        builder.UseSetting("Perspective:Documents:DraftCleanupEnabled", "false");
        if (ScannerDown)
        {
            builder.UseSetting("Perspective:Documents:ClamAv:Host", "127.0.0.1");
            builder.UseSetting("Perspective:Documents:ClamAv:Port", ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Perspective:Documents:ClamAv:Timeout", "00:00:05");
        }
        builder.ConfigureServices(services =>
        {
            services.AddHostedService<TestOrganisations>();
        });
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}


/// <summary>The bulk-send page paths as a client requests them.</summary>
public static class BulkPages
{
    public const string Start = "/documents/bulk-send";

    public static string Files(Guid batchId) => $"/documents/bulk-send/{batchId}/files";

    public static string Preview(Guid batchId) => $"/documents/bulk-send/{batchId}/preview";

    public static string Match(Guid batchId, Guid fileId) => $"/documents/bulk-send/{batchId}/files/{fileId}/match";
}
