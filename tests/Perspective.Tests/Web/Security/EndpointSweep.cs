using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Files;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Documents.Data;
using Perspective.Documents.Sending;
using Perspective.Email.Templates;
using Perspective.Organisations.Data;
using Perspective.Tenants.Creation;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Inbox;
using Perspective.Tests.Modules.Documents.Sending;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Web.Security;

/// <summary>
/// The real host on Kestrel with one of everything a route can name (a document, a sent batch, a
/// bulk-send draft with a file, a request for files, a category, a group, another account), and an
/// LA admin who is also platform admin and LA officer, signed in with two-factor, to reach them.
/// Lists every endpoint the app maps, with its route filled from those ids.
/// </summary>
public sealed partial class EndpointSweep : KestrelFactory
{
    public const string AdminEmail = "ada@la.test";

    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public string AdminId { get; private set; } = "";

    /// <summary>The headers that sign a request in as the admin, with two-factor.</summary>
    public Dictionary<string, string> SignedIn => new(StringComparer.Ordinal)
    {
        [TestAuthHandler.Header] = TestAuthHandler.HeaderValue(AdminId, [BuiltInRoles.PlatformAdmin, BuiltInRoles.LaAdmin, BuiltInRoles.LaOfficer], TestOrganisations.LaTeam.Id),
        [TwoFactorHeader.Header] = "yes",
    };

    /// <summary>Seeds the tenant; call once before <see cref="Endpoints"/>.</summary>
    public async Task SeedAsync()
    {
        _ = Address;
        await this.CreateAccountAsync(AdminEmail, [BuiltInRoles.LaAdmin]);
        await this.CreateAccountAsync("sam@ash.test", [BuiltInRoles.Headteacher]);
        AdminId = await this.QueryAsync(db => db.Users.Where(u => u.Email == AdminEmail).Select(u => u.Id).SingleAsync());
        _ids["user"] = await this.QueryAsync(db => db.Users.Where(u => u.Email == "sam@ash.test").Select(u => u.Id).SingleAsync());

        var category = new DocumentCategory
        {
            Name = "Letters",
            SenderRoles = BuiltInRoles.LaOfficer,
            RecipientRoles = BuiltInRoles.Headteacher,
            AllowedExtensions = "pdf",
            MaxSizeBytes = 1024 * 1024,
            RetentionDays = 30,
        };
        var group = new OrganisationGroup { Name = "Cluster A", Kind = GroupKind.Custom };
        await this.WithDbAsync(db => db.AddRange(category, group));
        var sent = await SendAsync(category.Id);
        var draft = new SendBatch { Id = Guid.NewGuid(), CategoryId = category.Id, Title = "Draft", SenderUserId = AdminId, SenderOrganisationId = TestOrganisations.LaTeam.Id };
        var staged = new StagedFile
        {
            Id = Guid.NewGuid(),
            BatchId = draft.Id,
            FileName = "100001_letter.pdf",
            StorageName = StorageNames.New(),
            WrappedKey = "none",
            ContentType = "application/pdf",
            Sha256 = new string('0', 64),
        };
        var request = new FileRequest
        {
            CategoryId = category.Id,
            Title = "Attendance",
            DeadlineUtc = DateTime.UnixEpoch.AddYears(100),
            CreatedByUserId = AdminId,
            CreatedByOrganisationId = TestOrganisations.LaTeam.Id,
        };
        var creation = new TenantCreation
        {
            Id = Guid.NewGuid().ToString("N"),
            TenantName = "eastshire",
            OwnerId = AdminId,
            DisplayName = "Eastshire",
            RecipeName = "la-portal",
            State = TenantCreationState.Failed,
            Error = "The recipe stopped.",
        };
        await this.WithDbAsync(db => db.AddRange(draft, staged, request, creation));
        await this.WithDbAsync(db => db.Add(new FileRequestRecipient { FileRequestId = request.Id, OrganisationId = TestOrganisations.Ash.Id }));

        _ids["document"] = sent.DocumentId!.Value.ToString();
        _ids["sentBatch"] = sent.BatchId!.Value.ToString();
        _ids["draft"] = draft.Id.ToString();
        _ids["creationId"] = creation.Id;
        _ids["stagedFile"] = staged.Id.ToString();
        _ids["request"] = request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _ids["category"] = category.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _ids["group"] = group.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = await this.TenantScopeAsync();
        _ids["emailKind"] = scope.ServiceProvider.GetRequiredService<EmailKindCatalog>().All.First().Name;
    }

    /// <summary>A real document, sent by the admin to Ash through the sender, its file in the store.</summary>
    private async Task<SendResult> SendAsync(int categoryId)
    {
        await using var scope = await this.TenantScopeAsync();
        using var pdf = new MemoryStream(DocumentsFactory.Pdf());
        var sender = DocumentsFactory.Principal(AdminId, TestOrganisations.LaTeam.Id, BuiltInRoles.LaOfficer);
        var result = await scope.ServiceProvider.GetRequiredService<DocumentSender>()
            .SendAsync(new SendRequest(sender, TestOrganisations.Ash.Id, null, categoryId, pdf, "Risk letter.pdf", "application/pdf"));
        Assert.Empty(result.Problems);
        return result;
    }

    /// <summary>Every route the app maps (pages and module endpoints), filled with the seeded ids, in order.</summary>
    public IReadOnlyList<string> Endpoints() =>
        Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => Fill("/" + e.RoutePattern.RawText!.TrimStart('/')))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A form token for the admin and the antiforgery cookie it pairs with, from a page that renders one.</summary>
    public async Task<(string Token, string Cookie)> AntiforgeryAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/documents");
        foreach (var (name, value) in SignedIn)
        {
            request.Headers.Add(name, value);
        }

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html).Groups[1].Value;
        var cookie = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.Contains("Antiforgery", StringComparison.Ordinal));
        return (System.Net.WebUtility.HtmlDecode(token), cookie);
    }

    private string Fill(string template) =>
        ParameterPattern().Replace(template, match => (template, match.Groups[1].Value) switch
        {
            (_, "batchId") when template.StartsWith("/documents/bulk-send", StringComparison.Ordinal) => _ids["draft"],
            (_, "batchId") => _ids["sentBatch"],
            (_, "fileId") => _ids["stagedFile"],
            (_, "groupId") => _ids["group"],
            (_, "organisationId") => TestOrganisations.Ash.Id,
            (_, "kind") => _ids["emailKind"],
            (_, "code") => "404",
            (_, "number") => "1",
            (_, "token") => "not-a-real-token",
            (_, "jobId") => Guid.Empty.ToString(),
            (_, "creationId") => _ids["creationId"],
            (var t, "name") when t.StartsWith("/admin/roles", StringComparison.Ordinal) => Uri.EscapeDataString(BuiltInRoles.LaOfficer),
            (_, "name") => Tenant.DefaultName,
            (var t, "id") when t.StartsWith("/documents/requests", StringComparison.Ordinal) => _ids["request"],
            (var t, "id") when t.StartsWith("/documents", StringComparison.Ordinal) => _ids["document"],
            (var t, "id") when t.StartsWith("/admin/documents/categories", StringComparison.Ordinal) => _ids["category"],
            (var t, "id") when t.StartsWith("/admin/users", StringComparison.Ordinal) => _ids["user"],
            (var t, "id") when t.StartsWith("/admin/organisations", StringComparison.Ordinal) => TestOrganisations.Ash.Id,
            var (_, name) => throw new InvalidOperationException($"No value for {{{name}}} in {template}."),
        });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A body that stops arriving is given up after two seconds rather than about twenty.
        builder.ConfigureKestrel(options => options.Limits.MinRequestBodyDataRate = new MinDataRate(1024 * 1024, TimeSpan.FromSeconds(2)));
        builder.ConfigureServices(services =>
        {
            services.AddHostedService<TestOrganisations>();
            services.AddSingleton<IClaimsTransformation, TwoFactorHeader>();
        });
    }

    [GeneratedRegex(@"\{(\w+)[^}]*\}")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
