using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Email.Outbox;
using Perspective.Organisations.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Requests;

/// <summary>
/// The real host on a clock the test moves, with Ash and Birch, the LA team, an officer and a
/// headteacher at each school as real accounts (so emails have somewhere to go), and helpers to ask
/// for a file and answer it through the pages.
/// </summary>
public sealed partial class RequestsFactory : ClockFactory
{
    public const string OfficerId = "olive";
    public const string AshHeadId = "hetty";
    public const string BirchHeadId = "bea";

    public static string Ash => TestOrganisations.Ash.Id;

    public static string Birch => TestOrganisations.Birch.Id;

    public static string La => TestOrganisations.LaTeam.Id;

    /// <summary>A small but real PDF: the type check reads its magic bytes.</summary>
    public static byte[] Pdf(string text) => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n% {text}\n%%EOF\n");

    public HttpClient Officer() => ClientForOrganisation(OfficerId, La, BuiltInRoles.LaOfficer);

    public HttpClient AshHead() => ClientForOrganisation(AshHeadId, Ash, BuiltInRoles.Headteacher);

    public HttpClient BirchHead() => ClientForOrganisation(BirchHeadId, Birch, BuiltInRoles.Headteacher);

    /// <summary>The accounts the emails go to; call once per test before asking.</summary>
    public async Task PeopleAsync()
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        await PersonAsync(db, OfficerId, "olive@la.test", La, BuiltInRoles.LaOfficer);
        await PersonAsync(db, AshHeadId, "hetty@ash.test", Ash, BuiltInRoles.Headteacher);
        await PersonAsync(db, BirchHeadId, "bea@birch.test", Birch, BuiltInRoles.Headteacher);
        await db.SaveChangesAsync();
    }

    public async Task<int> CategoryAsync(string extensions = "pdf,docx,csv", long maxBytes = 1024 * 1024, bool archived = false)
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var category = new DocumentCategory
        {
            Name = "Returns " + Guid.NewGuid().ToString("N")[..8],
            SenderRoles = BuiltInRoles.LaOfficer,
            RecipientRoles = BuiltInRoles.Headteacher,
            AllowedExtensions = extensions,
            MaxSizeBytes = maxBytes,
            IsArchived = archived,
            RetentionDays = 365,
        };
        db.Add(category);
        await db.SaveChangesAsync();
        return category.Id;
    }

    public async Task<int> GroupAsync(string name, params string[] organisationIds)
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var group = new OrganisationGroup { Name = name, Kind = GroupKind.Custom, CreatedUtc = Now };
        db.Add(group);
        await db.SaveChangesAsync();
        db.AddRange(organisationIds.Select(id => new OrganisationGroupMember { GroupId = group.Id, OrganisationId = id }));
        await db.SaveChangesAsync();
        return group.Id;
    }

    /// <summary>Good answers to the new-request form, to change one at a time.</summary>
    public static Dictionary<string, string> Answers(int categoryId, string audience = "schools", string references = "100001\n999/2002") => new()
    {
        ["Title"] = "Safeguarding audit",
        ["Description"] = "The completed audit, signed by the headteacher.",
        ["CategoryId"] = categoryId.ToString(CultureInfo.InvariantCulture),
        ["Deadline.Day"] = "15",
        ["Deadline.Month"] = "1",
        ["Deadline.Year"] = "2027",
        ["FileTypes"] = "pdf",
        ["Audience"] = audience,
        ["GroupId"] = "",
        ["References"] = references,
    };

    /// <summary>Asks through the form and check answers as the officer; returns the new request's id.</summary>
    public async Task<int> AskAsync(Dictionary<string, string> answers)
    {
        var officer = Officer();
        var form = await officer.SubmitAsync("/documents/requests/new", answers);
        Assert.Equal("/documents/requests/new/check-answers", form.Headers.Location?.OriginalString);
        var created = await officer.SubmitAsync("/documents/requests/new/check-answers", new Dictionary<string, string>());
        var location = created.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"Check answers answered {created.StatusCode}.");
        return int.Parse(location["/documents/requests/".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>Uploads a file (and comment) to a request's page as a browser would: the token first, then fields, then the file.</summary>
    public static async Task<HttpResponseMessage> AnswerAsync(HttpClient client, int requestId, byte[] file, string fileName = "Audit.pdf", string? comment = null, string? token = null)
    {
        var path = $"/documents/requests/{requestId}";
        var content = new MultipartFormDataContent();
        if (token is not "")
        {
            content.Add(new StringContent(token ?? await TokenAsync(client, path)), "__RequestVerificationToken");
        }

        content.Add(new StringContent(comment ?? ""), "Comment");
        var bytes = new ByteArrayContent(fileName.Length == 0 ? [] : file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        // An empty name is what a browser sends for a file input left empty.
        bytes.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"Upload\"", FileName = $"\"{fileName}\"" };
        content.Add(bytes);
        return await client.PostAsync(path, content);
    }

    /// <summary>The antiforgery token from a page (any page with a form will do for a client).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path = "/documents/requests/new")
    {
        var html = await client.GetStringAsync(path);
        return TokenPattern().Match(html) is { Success: true } match
            ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    public Task<List<OutboxEmail>> OutboxAsync() => this.OutboxEmailsAsync();

    public Task<List<FileRequestRecipient>> AnswersOfAsync(int requestId) =>
        this.QueryAsync(db => db.Set<FileRequestRecipient>().AsNoTracking().Where(r => r.FileRequestId == requestId).OrderBy(r => r.OrganisationId).ToListAsync());

    protected override Task SeedTenantAsync(string tenantName) => TestOrganisations.StoreAsync(this);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddHostedService<TestOrganisations>());
    }

    private async Task PersonAsync(TenantDbContext db, string id, string email, string organisationId, string role)
    {
        db.Users.Add(new PerspectiveUser
        {
            Id = id,
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = id,
            OrganisationId = organisationId,
            CreatedUtc = Now.AddYears(-1),
            ActivatedUtc = Now.AddYears(-1),
            SecurityStamp = Guid.NewGuid().ToString(),
        });
        var roleRow = await db.Roles.FirstOrDefaultAsync(r => r.Name == role)
            ?? db.Roles.Local.FirstOrDefault(r => r.Name == role);
        if (roleRow is null)
        {
            roleRow = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            db.Roles.Add(roleRow);
        }

        db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = roleRow.Id });
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
