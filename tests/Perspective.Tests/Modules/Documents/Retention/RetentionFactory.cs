using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Documents.Data;
using Perspective.Documents.Retention;
using Perspective.Files.Storage;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Documents.Retention;

/// <summary>The real host on a clock the test moves, with the retention job off unless asked for.</summary>
public sealed class RetentionFactory : ClockFactory
{

    /// <summary>Whether the hourly job runs in this host; tests that call the service directly leave it off.</summary>
    public bool JobEnabled { get; init; }

    public string FilesFolder => Path.Combine(DataPath, "Sites", TenantName, "Files");

    public string BlobPath(string storageName) => Path.Combine(FilesFolder, storageName + LocalFolderBlobStore.BlobExtension);

    /// <summary>
    /// Stores a document the way a send would: real encrypted files for each version, a recipient
    /// with an opening, all saved in the default tenant.
    /// </summary>
    public async Task<StoredDocument> AddDocumentAsync(DateTime? retainUntilUtc, bool legalHold = false, int versions = 2, string title = "Risk category letter")
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var files = scope.ServiceProvider.GetRequiredService<EncryptedFiles>();
        var categoryId = await CategoryIdAsync(db);
        var document = new Document
        {
            Id = Guid.NewGuid(),
            CategoryId = categoryId,
            Title = title,
            SenderUserId = "ann",
            SenderOrganisationId = "LA",
            SentUtc = Now.AddDays(-400),
            RetainUntilUtc = retainUntilUtc,
            LegalHold = legalHold,
        };
        db.Add(document);
        var storageNames = new List<string>();
        for (var number = 1; number <= versions; number++)
        {
            var file = await files.WriteAsync(new MemoryStream(Encoding.UTF8.GetBytes($"{title}, version {number}")), 1024);
            storageNames.Add(file.StorageName);
            db.Add(new DocumentVersion
            {
                Id = Guid.NewGuid(),
                DocumentId = document.Id,
                Number = number,
                StorageName = file.StorageName,
                WrappedKey = file.WrappedKey,
                KeyVersion = file.KeyVersion,
                FileName = "letter.txt",
                ContentType = "text/plain",
                SizeBytes = file.PlaintextLength,
                Sha256 = file.Sha256OfPlaintext,
                UploadedByUserId = "ann",
                UploadedUtc = document.SentUtc,
            });
        }

        var recipient = new DocumentRecipient { DocumentId = document.Id, OrganisationId = "school-100001", DeliveredUtc = document.SentUtc };
        db.Add(recipient);
        await db.SaveChangesAsync();
        db.Add(new DocumentOpening { DocumentId = document.Id, RecipientId = recipient.Id, UserId = "hetty", OpenedUtc = document.SentUtc.AddDays(1) });
        await db.SaveChangesAsync();
        return new StoredDocument(document.Id, categoryId, storageNames);
    }

    /// <summary>A real encrypted file staged in a bulk-send draft, as an upload to the draft stores it; its storage name.</summary>
    public async Task<string> AddStagedFileAsync()
    {
        await using var scope = await this.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var file = await scope.ServiceProvider.GetRequiredService<EncryptedFiles>().WriteAsync(new MemoryStream(Encoding.UTF8.GetBytes("A letter for Ash")), 1024);
        var draft = new SendBatch { Id = Guid.NewGuid(), CategoryId = await CategoryIdAsync(db), Title = "Letters", SenderUserId = "ann", SenderOrganisationId = "LA", CreatedUtc = Now };
        db.AddRange(draft, new StagedFile
        {
            Id = Guid.NewGuid(),
            BatchId = draft.Id,
            FileName = "100001_letter.txt",
            StorageName = file.StorageName,
            WrappedKey = file.WrappedKey,
            KeyVersion = file.KeyVersion,
            ContentType = "text/plain",
            Sha256 = file.Sha256OfPlaintext,
        });
        await db.SaveChangesAsync();
        return file.StorageName;
    }

    /// <summary>One round of retention in a scope of its own, as the job runs it.</summary>
    public async Task<RetentionRound> RunRoundAsync()
    {
        await using var scope = await this.TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<DocumentRetention>().DeleteExpiredAsync(CancellationToken.None);
    }

    public Task<bool> DocumentExistsAsync(Guid id) => this.QueryAsync(db => db.Set<Document>().AnyAsync(d => d.Id == id));

    public Task<List<Perspective.Core.Audit.AuditEvent>> AuditEventsAsync(string action) =>
        this.QueryAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Perspective:Documents:RetentionEnabled", JobEnabled ? "true" : "false");
    }

    private static async Task<int> CategoryIdAsync(TenantDbContext db)
    {
        var existing = await db.Set<DocumentCategory>().Where(c => c.Name == "Risk category letters").Select(c => (int?)c.Id).SingleOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var category = new DocumentCategory { Name = "Risk category letters", RetentionDays = 365 };
        db.Add(category);
        await db.SaveChangesAsync();
        return category.Id;
    }
}

public sealed record StoredDocument(Guid Id, int CategoryId, IReadOnlyList<string> StorageNames);
