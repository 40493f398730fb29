using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Documents.Sending;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Sending;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class DocumentSenderTests(DocumentsFactory factory) : IClassFixture<DocumentsFactory>, IAsyncLifetime
{
    private readonly DocumentsFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Sending_APdfToASchool_StoresTheDocumentItsVersionAndRecipient_Encrypted()
    {
        var category = await _factory.CategoryAsync(retentionDays: 30);
        var pdf = DocumentsFactory.Pdf("the plaintext of a risk letter");

        var result = await _factory.SendAsync(category, pdf, fileName: "folder/Risk\u202Eletter.pdf", role: BuiltInRoles.Headteacher);

        Assert.Empty(result.Problems);
        var id = result.DocumentId!.Value;
        var document = await _factory.QueryAsync(db => db.Set<Document>().SingleAsync(d => d.Id == id));
        Assert.Equal((DocumentsFactory.OfficerId, TestOrganisations.LaTeam.Id, "Riskletter.pdf"), (document.SenderUserId, document.SenderOrganisationId, document.Title));
        Assert.Equal(document.SentUtc.AddDays(30), document.RetainUntilUtc);
        var version = await _factory.QueryAsync(db => db.Set<DocumentVersion>().SingleAsync(v => v.DocumentId == id));
        Assert.Equal((1, "Riskletter.pdf", "application/pdf", (long)pdf.Length), (version.Number, version.FileName, version.ContentType, version.SizeBytes));
        var recipient = await _factory.QueryAsync(db => db.Set<DocumentRecipient>().SingleAsync(r => r.DocumentId == id));
        Assert.Equal((TestOrganisations.Ash.Id, (string?)BuiltInRoles.Headteacher, (string?)null), (recipient.OrganisationId, recipient.RoleName, recipient.UserId));
        Assert.Contains("documents.sent", await _factory.AuditActionsAsync());

        var onDisk = await File.ReadAllBytesAsync(Path.Combine(_factory.FilesFolder, version.StorageName + ".blob"));
        Assert.NotEqual(pdf, onDisk);
        Assert.Equal(-1, onDisk.AsSpan().IndexOf("the plaintext"u8));
    }

    [Fact]
    public async Task Sending_InACategoryWithoutRetention_KeepsTheDocument()
    {
        var category = await _factory.CategoryAsync(retentionDays: null);

        var id = await _factory.SentAsync(category, DocumentsFactory.Pdf());

        Assert.Null(await _factory.QueryAsync(db => db.Set<Document>().Where(d => d.Id == id).Select(d => d.RetainUntilUtc).SingleAsync()));
    }

    [Fact]
    public async Task Sending_AFileOfADisallowedType_IsRefused()
    {
        var category = await _factory.CategoryAsync(extensions: "pdf");

        var result = await _factory.SendAsync(category, "a,b\n1,2\n"u8.ToArray(), fileName: "data.csv");

        await AssertRefusedAsync(result, SendFields.File, "The selected file must be a PDF file");
    }

    [Fact]
    public async Task Sending_AFileWhoseContentIsNotItsType_IsRefused()
    {
        var category = await _factory.CategoryAsync(extensions: "pdf");

        var result = await _factory.SendAsync(category, [0x4D, 0x5A, 0x90, 0x00, 0x03], fileName: "letter.pdf");

        await AssertRefusedAsync(result, SendFields.File, "The selected file is not really a PDF: its contents do not match its name");
    }

    [Fact]
    public async Task Sending_AFileOverTheCategoryLimit_IsRefused()
    {
        var category = await _factory.CategoryAsync(maxBytes: 1024);
        var pdf = DocumentsFactory.Pdf(new string('x', 2000));

        var result = await _factory.SendAsync(category, pdf);

        await AssertRefusedAsync(result, SendFields.File, "The selected file must be smaller than 1 KB");
    }

    [Fact]
    public async Task Sending_ToAnUnknownSchool_IsRefused()
    {
        var category = await _factory.CategoryAsync();

        var result = await _factory.SendAsync(category, DocumentsFactory.Pdf(), organisationId: "school-999999");

        await AssertRefusedAsync(result, SendFields.Recipient, "Select a school or team");
    }

    [Fact]
    public async Task Sending_ToARoleTheCategoryDoesNotSendTo_IsRefused()
    {
        var category = await _factory.CategoryAsync(recipients: BuiltInRoles.Headteacher);

        var result = await _factory.SendAsync(category, DocumentsFactory.Pdf(), role: BuiltInRoles.SchoolStaff);

        await AssertRefusedAsync(result, SendFields.Role, "Select a role that receives documents in this category");
    }

    [Fact]
    public async Task Sending_ByAUserWithoutASenderRole_IsRefused()
    {
        var category = await _factory.CategoryAsync();

        var result = await _factory.SendAsync(category, DocumentsFactory.Pdf(), sender: DocumentsFactory.Officer(BuiltInRoles.LaEditor));

        await AssertRefusedAsync(result, SendFields.Category, "Select a category you can send documents in");
    }

    [Fact]
    public async Task Sending_InAnArchivedCategory_IsRefused()
    {
        var category = await _factory.CategoryAsync(archived: true);

        var result = await _factory.SendAsync(category, DocumentsFactory.Pdf());

        await AssertRefusedAsync(result, SendFields.Category, "Select a category");
    }

    [Fact]
    public async Task Sending_InAnUnknownCategory_IsRefused()
    {
        var result = await _factory.SendAsync(987654, DocumentsFactory.Pdf());

        await AssertRefusedAsync(result, SendFields.Category, "Select a category");
    }

    [Fact]
    public async Task Sending_AnEmptyFile_IsRefused()
    {
        var category = await _factory.CategoryAsync();

        var result = await _factory.SendAsync(category, []);

        await AssertRefusedAsync(result, SendFields.File, "The selected file is empty");
    }

    private async Task AssertRefusedAsync(SendResult result, string field, string message)
    {
        Assert.Null(result.DocumentId);
        Assert.Equal([new SendProblem(field, message)], result.Problems);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<Document>().CountAsync()));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<DocumentVersion>().CountAsync()));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<DocumentRecipient>().CountAsync()));
        Assert.DoesNotContain("documents.sent", await _factory.AuditActionsAsync());
        Assert.True(!Directory.Exists(_factory.FilesFolder) || Directory.GetFiles(_factory.FilesFolder, "*.blob").Length == 0);
    }
}
