using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.BrowserTests.Infrastructure;
using Perspective.BrowserTests.Organisations;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Email.Outbox;
using Perspective.Organisations.Data;

namespace Perspective.BrowserTests.Documents;

/// <summary>
/// A documents journey's own data in the shared server's default tenant: a category with a name
/// of its own (the tenant runs no recipe, so it has none), headteacher accounts for emails, and
/// the outbox rows those accounts were sent.
/// </summary>
internal static class DocumentsData
{
    /// <summary>A small but real PDF: the upload's type check reads its magic bytes.</summary>
    public static byte[] Pdf(string text) => Encoding.ASCII.GetBytes($"%PDF-1.7\n% {text}\n%%EOF\n");

    /// <summary>An LA team of the journey's own, so documents say whom they are from.</summary>
    public static Organisation LaTeam(string id, string name) => new()
    {
        Id = id,
        Kind = OrganisationKind.LaTeam,
        Name = name,
        CreatedUtc = TimeProvider.System.GetUtcNow().UtcDateTime,
        UpdatedUtc = TimeProvider.System.GetUtcNow().UtcDateTime,
    };

    /// <summary>A PDF-only category that LA officers send and headteachers receive; returns its id.</summary>
    public static async Task<int> CategoryAsync(PerspectiveServer server, string name)
    {
        var category = new DocumentCategory
        {
            Name = name,
            Description = "Letters for a browser journey",
            SenderRoles = BuiltInRoles.LaOfficer,
            RecipientRoles = BuiltInRoles.Headteacher,
            AllowedExtensions = "pdf",
            MaxSizeBytes = 5L * 1024 * 1024,
            RetentionDays = 365,
            CreatedUtc = TimeProvider.System.GetUtcNow().UtcDateTime,
            UpdatedUtc = TimeProvider.System.GetUtcNow().UtcDateTime,
        };
        await TenantData.InTenantAsync(server, async services =>
        {
            var db = services.GetRequiredService<TenantDbContext>();
            db.Add(category);
            await db.SaveChangesAsync();
        });
        return category.Id;
    }

    /// <summary>
    /// A sent document straight into the tables, in a batch of its own, to one school: for lists,
    /// which never open its file, so none is stored behind it.
    /// </summary>
    public static Task SentDocumentAsync(PerspectiveServer server, int categoryId, string title, string sender, string senderOrganisation, string schoolId, DateTime sentUtc) =>
        TenantData.InTenantAsync(server, async services =>
        {
            var db = services.GetRequiredService<TenantDbContext>();
            var batch = new SendBatch { Id = Guid.NewGuid(), CategoryId = categoryId, Title = title, SenderUserId = sender, SenderOrganisationId = senderOrganisation, CreatedUtc = sentUtc, SentUtc = sentUtc };
            var document = new Document { Id = Guid.NewGuid(), CategoryId = categoryId, Title = title, SenderUserId = sender, SenderOrganisationId = senderOrganisation, SentUtc = sentUtc, BatchId = batch.Id };
            db.AddRange(batch, document);
            db.Add(new DocumentVersion
            {
                Id = Guid.NewGuid(),
                DocumentId = document.Id,
                Number = 1,
                StorageName = "none-" + document.Id.ToString("N"),
                WrappedKey = "none",
                FileName = title + ".pdf",
                ContentType = "application/pdf",
                SizeBytes = 10,
                Sha256 = new string('0', 64),
                UploadedByUserId = sender,
                UploadedUtc = sentUtc,
            });
            db.Add(new DocumentRecipient { DocumentId = document.Id, OrganisationId = schoolId, DeliveredUtc = sentUtc });
            await db.SaveChangesAsync();
        });

    /// <summary>A real, active headteacher of a school, so the school's document emails reach someone.</summary>
    public static Task<string> HeadteacherAsync(PerspectiveServer server, string name, string email, string schoolId) =>
        TenantData.CreateAccountAsync(server, name, email, "a long browser journey password 734", [BuiltInRoles.Headteacher], schoolId);

    /// <summary>The addresses queued an email of a kind, in order, among the given ones.</summary>
    public static async Task<List<string>> EmailsAsync(PerspectiveServer server, string kind, params string[] among)
    {
        var addresses = new List<string>();
        await TenantData.InTenantAsync(server, async services =>
        {
            var db = services.GetRequiredService<TenantDbContext>();
            addresses = await db.Set<OutboxMessage>()
                .Where(m => m.Kind == kind && among.Contains(m.ToAddress))
                .OrderBy(m => m.ToAddress)
                .Select(m => m.ToAddress)
                .ToListAsync();
        });
        return addresses;
    }
}
