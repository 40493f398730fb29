using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Modules;
using Perspective.Documents.Data;
using Perspective.Documents.Files;
using Perspective.Documents.Storage;

namespace Perspective.Documents;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddDocumentStorage();
        services.AddDocumentFileChecks();
        services.AddScoped<IWrappedFileKeys, DocumentVersionKeys>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => DocumentsModel.Configure(modelBuilder);
}
