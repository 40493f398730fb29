using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Documents.Sending;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Sending;

/// <summary>The real host with two schools and the LA team, categories made to order and a sender to send with.</summary>
public sealed class DocumentsFactory : PerspectiveFactory
{
    public const string OfficerId = "olive-officer";

    /// <summary>A small but real PDF: the type check reads its magic bytes.</summary>
    public static byte[] Pdf(string text = "a letter") => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n% {text}\n%%EOF\n");

    public static ClaimsPrincipal Officer(params string[] roles) => Principal(OfficerId, TestOrganisations.LaTeam.Id, roles.Length == 0 ? [BuiltInRoles.LaOfficer] : roles);

    public static ClaimsPrincipal Principal(string userId, string organisationId, params string[] roles)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, userId),
            new(PerspectiveClaimTypes.OrganisationId, organisationId),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }

    public async Task<int> CategoryAsync(
        string recipients = BuiltInRoles.Headteacher,
        bool twoFactor = false,
        string extensions = "pdf",
        long maxBytes = 1024 * 1024,
        bool archived = false,
        int? retentionDays = 30)
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<Perspective.Core.Data.TenantDbContext>();
        var category = new DocumentCategory
        {
            Name = "Letters " + Guid.NewGuid().ToString("N")[..8],
            SenderRoles = $"{BuiltInRoles.LaOfficer},{BuiltInRoles.VirtualSchoolOfficer}",
            RecipientRoles = recipients,
            RequiresTwoFactor = twoFactor,
            AllowedExtensions = extensions,
            MaxSizeBytes = maxBytes,
            IsArchived = archived,
            RetentionDays = retentionDays,
        };
        db.Add(category);
        await db.SaveChangesAsync();
        return category.Id;
    }

    public async Task<SendResult> SendAsync(int categoryId, byte[] content, string fileName = "Risk letter.pdf", string? organisationId = null, string? role = null, ClaimsPrincipal? sender = null)
    {
        await using var scope = await this.TenantScopeAsync();
        using var stream = new MemoryStream(content);
        var request = new SendRequest(sender ?? Officer(), organisationId ?? TestOrganisations.Ash.Id, role, categoryId, stream, fileName, "application/pdf");
        return await scope.ServiceProvider.GetRequiredService<DocumentSender>().SendAsync(request);
    }

    /// <summary>Sends a PDF to Ash and returns the document id, failing the test if it is refused.</summary>
    public async Task<Guid> SentAsync(int categoryId, byte[] content, string? role = null)
    {
        var result = await SendAsync(categoryId, content, role: role);
        Assert.Empty(result.Problems);
        return result.DocumentId!.Value;
    }

    public HttpClient Client(string name, string organisationId, string role, bool twoFactor = false)
    {
        var client = ClientForOrganisation(name, organisationId, role);
        if (twoFactor)
        {
            client.DefaultRequestHeaders.Add(TwoFactorHeader.Header, "yes");
        }

        return client;
    }

    public string FilesFolder => Path.Combine(DataPath, "Sites", TenantName, "Files");

    protected override Task SeedTenantAsync(string tenantName) => TestOrganisations.StoreAsync(this);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddHostedService<TestOrganisations>();
            services.AddSingleton<IClaimsTransformation, TwoFactorHeader>();
        });
    }
}
