using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Cli;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Core.Modules;
using Perspective.Core.Navigation;
using Perspective.Core.Security;
using Perspective.Documents.Bulk;
using Perspective.Documents.Categories;
using Perspective.Documents.Cli;
using Perspective.Documents.Data;
using Perspective.Documents.Download;
using Perspective.Documents.Inbox;
using Perspective.Documents.Notifications;
using Perspective.Documents.Requests;
using Perspective.Documents.Retention;
using Perspective.Documents.Sending;
using Perspective.Files.Storage;

namespace Perspective.Documents;

public sealed class Startup : ModuleStartup
{
    public const string ModuleName = "Perspective.Documents";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IWrappedFileKeys, DocumentVersionKeys>();
        services.AddScoped<IWrappedFileKeys, StagedFileKeys>();
        services.AddScoped<IBlobReferences, DocumentBlobs>();
        services.AddDocumentCategories();
        services.AddDocumentRetention();
        services.AddDocumentSending();
        services.AddDocumentInbox();
        services.AddBulkSending();
        services.AddFileRequests();
    }

    public override IEnumerable<Perspective.Core.Events.EventDescriptor> Events => DocumentsEvents.All;

    public override IEnumerable<PermissionDeclaration> Permissions =>
    [
        new(DocumentsPermissions.ManageDocumentCategories, [BuiltInRoles.PlatformAdmin, BuiltInRoles.LaAdmin]),
        new(DocumentsPermissions.SendDocuments, [BuiltInRoles.LaOfficer, BuiltInRoles.VirtualSchoolOfficer, BuiltInRoles.LaAdmin], PermissionScope.LaStaff),
        new(DocumentsPermissions.ReceiveDocuments, [BuiltInRoles.Headteacher, BuiltInRoles.SchoolUser, BuiltInRoles.SchoolStaff], PermissionScope.Schools),
        new(DocumentsPermissions.SendDocumentsToLa, [BuiltInRoles.Headteacher, BuiltInRoles.SchoolUser], PermissionScope.Schools),
    ];

    public override IEnumerable<EmailKind> EmailKinds => DocumentsEmailKinds.All;

    public override IEnumerable<CliVerb> CliVerbs => [DocumentVerbs.Verb];

    public override void BuildAdminMenu(MenuBuilder menu) => menu
        .Add("Documents", "/documents", position: 10)
        .Add("Document categories", "/admin/documents/categories", DocumentsPermissions.ManageDocumentCategories, position: 300);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints
        .MapDocumentDownload()
        .MapDocumentInbox()
        .MapBulkSending()
        .MapFileRequests();

    public override void ConfigureModel(ModelBuilder modelBuilder) => DocumentsModel.Configure(modelBuilder);

    public override ModuleData Data => Perspective.Documents.Data.DocumentsDbContext.Data;
}
