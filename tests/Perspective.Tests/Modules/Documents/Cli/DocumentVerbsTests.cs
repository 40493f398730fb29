using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Documents.Data;
using Perspective.Files.Storage;
using Perspective.Tests.Infrastructure;
using Perspective.Core.Cli;
using Perspective.Documents.Cli;

namespace Perspective.Tests.Modules.Documents.Cli;

public sealed class DocumentVerbsTests : IDisposable
{
    private readonly PerspectiveFactory _factory = new();

    [Fact]
    public async Task RotateKey_RewrapsEveryStoredFileKey_AndTheFilesStillOpen()
    {
        var versionId = await StoreADocumentAsync("Risk category letter for Ash Primary");
        var before = await _factory.QueryAsync(db => db.Set<DocumentVersion>().AsNoTracking().SingleAsync());

        var exit = await DocumentVerbs.RunAsync(_factory.Services, new CliArguments(["rotate-key"]));

        var after = await _factory.QueryAsync(db => db.Set<DocumentVersion>().AsNoTracking().SingleAsync());
        Assert.Equal(0, exit);
        Assert.Equal(versionId, after.Id);
        Assert.Equal(before.KeyVersion + 1, after.KeyVersion);
        Assert.NotEqual(before.WrappedKey, after.WrappedKey);
        Assert.Equal("Risk category letter for Ash Primary", await ReadAsync(after));
    }

    [Fact]
    public async Task RotateKey_WithoutSayingWhatToDo_IsBadInput()
    {
        await Assert.ThrowsAsync<CliException>(() => DocumentVerbs.RunAsync(_factory.Services, new CliArguments(["rotate"])));
    }

    public void Dispose() => _factory.Dispose();

    private async Task<Guid> StoreADocumentAsync(string text)
    {
        await using var scope = await _factory.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var file = await scope.ServiceProvider.GetRequiredService<EncryptedFiles>().WriteAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), 1024);
        var category = new DocumentCategory { Name = "Risk category letters" };
        db.Add(category);
        await db.SaveChangesAsync();
        var document = new Document { Id = Guid.NewGuid(), CategoryId = category.Id, Title = "Letter", SenderUserId = "ann", SenderOrganisationId = "LA" };
        var version = new DocumentVersion
        {
            Id = Guid.NewGuid(),
            DocumentId = document.Id,
            Number = 1,
            StorageName = file.StorageName,
            WrappedKey = file.WrappedKey,
            KeyVersion = file.KeyVersion,
            FileName = "letter.txt",
            ContentType = "text/plain",
            SizeBytes = file.PlaintextLength,
            Sha256 = file.Sha256OfPlaintext,
            UploadedByUserId = "ann",
        };
        db.AddRange(document, version);
        await db.SaveChangesAsync();
        return version.Id;
    }

    private async Task<string> ReadAsync(DocumentVersion version)
    {
        await using var scope = await _factory.TenantScopeAsync();
        await using var stream = await scope.ServiceProvider.GetRequiredService<EncryptedFiles>().OpenReadAsync(version.StorageName, new WrappedFileKey(version.WrappedKey, version.KeyVersion));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
