using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Documents.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Inbox;

/// <summary>
/// Small builders for inbox tests: documents written straight to the tables (no file behind them,
/// for lists that never open one), batches, and real accounts for emails.
/// </summary>
public static class InboxSeeds
{
    public static async Task<Guid> BatchAsync(this PerspectiveFactory factory, int categoryId, string title, DateTime sentUtc, string sender = DocumentsFactory.OfficerId, string senderOrganisation = "LA")
    {
        var batch = new SendBatch
        {
            Id = Guid.NewGuid(),
            CategoryId = categoryId,
            Title = title,
            SenderUserId = sender,
            SenderOrganisationId = senderOrganisation,
            CreatedUtc = sentUtc,
            SentUtc = sentUtc,
        };
        await factory.WithDbAsync(db => db.Add(batch));
        return batch.Id;
    }

    /// <summary>A document to one organisation (optionally one role or person), with one version and one recipient row.</summary>
    public static async Task<Guid> DocumentAsync(
        this PerspectiveFactory factory,
        int categoryId,
        string title,
        DateTime? sentUtc = null,
        string to = "school-100001",
        string? role = null,
        string? userId = null,
        Guid? batchId = null,
        string sender = DocumentsFactory.OfficerId,
        string senderOrganisation = "LA",
        ScanStatus scan = ScanStatus.NotScanned)
    {
        var sent = sentUtc ?? DateTime.UtcNow.AddHours(-1);
        var batch = batchId ?? await factory.BatchAsync(categoryId, title, sent, sender, senderOrganisation);
        var id = Guid.NewGuid();
        await factory.WithDbAsync(db =>
        {
            db.Add(new Document { Id = id, CategoryId = categoryId, Title = title, SenderUserId = sender, SenderOrganisationId = senderOrganisation, SentUtc = sent, BatchId = batch });
            db.Add(new DocumentVersion
            {
                Id = Guid.NewGuid(),
                DocumentId = id,
                Number = 1,
                StorageName = "seed-" + id.ToString("N"),
                WrappedKey = "none",
                FileName = title + ".pdf",
                ContentType = "application/pdf",
                SizeBytes = 10,
                Sha256 = new string('0', 64),
                UploadedByUserId = sender,
                UploadedUtc = sent,
                ScanStatus = scan,
            });
            db.Add(new DocumentRecipient { DocumentId = id, OrganisationId = to, RoleName = role, UserId = userId, DeliveredUtc = sent });
        });
        return id;
    }

    /// <summary>An active account in an organisation holding one role, for the emails a document sends.</summary>
    public static async Task UserAsync(this PerspectiveFactory factory, string id, string organisationId, string role, string? email = null)
    {
        await factory.WithDbAsync(db =>
        {
            db.Users.Add(new PerspectiveUser
            {
                Id = id,
                UserName = email ?? $"{id}@example.test",
                NormalizedUserName = (email ?? $"{id}@example.test").ToUpperInvariant(),
                Email = email ?? $"{id}@example.test",
                NormalizedEmail = (email ?? $"{id}@example.test").ToUpperInvariant(),
                DisplayName = char.ToUpperInvariant(id[0]) + id[1..],
                OrganisationId = organisationId,
                ActivatedUtc = DateTime.UtcNow.AddDays(-30),
                SecurityStamp = Guid.NewGuid().ToString(),
            });
        });
        await factory.WithDbAsync(db =>
        {
            // The test tenant may not have the role as an Identity role yet.
            var existing = db.Roles.SingleOrDefault(r => r.Name == role);
            if (existing is null)
            {
                existing = new Microsoft.AspNetCore.Identity.IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
                db.Roles.Add(existing);
            }

            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = id, RoleId = existing.Id });
        });
    }

    public static async Task WithDbAsync(this PerspectiveFactory factory, Action<TenantDbContext> change)
    {
        await using var scope = await factory.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }

    public static Task ChangeDocumentAsync(this PerspectiveFactory factory, Guid id, Action<Document> change) =>
        factory.WithDbAsync(db => change(db.Set<Document>().Single(d => d.Id == id)));

    public static Task<List<string>> EmailsAsync(this PerspectiveFactory factory, string kind) =>
        factory.QueryAsync(db => db.Set<Perspective.Email.Outbox.OutboxMessage>().Where(m => m.Kind == kind).OrderBy(m => m.ToAddress).Select(m => m.ToAddress).ToListAsync());

    /// <summary>The ids a list page shows, in page order, from its rows' <c>data-testid="{prefix}-{id}"</c>.</summary>
    public static async Task<List<Guid>> ListedAsync(this HttpClient client, string url, string prefix)
    {
        var html = await client.GetStringAsync(url);
        return System.Text.RegularExpressions.Regex.Matches(html, $"data-testid=\"{prefix}-([0-9a-f-]{{36}})\"")
            .Select(m => Guid.Parse(m.Groups[1].Value))
            .ToList();
    }

    public static string Ash => TestOrganisations.Ash.Id;

    public static string Birch => TestOrganisations.Birch.Id;
}
