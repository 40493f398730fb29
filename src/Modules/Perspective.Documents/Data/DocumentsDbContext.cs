using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Documents.Data;

/// <summary>
/// The Documents module's own tables: categories, documents, their versions, recipients and openings, file requests and bulk sends. Its migrations are recorded in
/// <c>{HistoryTable}</c> in the tenant's database (ADR-016).
/// </summary>
public sealed class DocumentsDbContext(DbContextOptions<DocumentsDbContext> options) : ModuleDbContext(options)
{
    public const string HistoryTable = "__DocumentsMigrationsHistory";

    /// <summary>How the host finds this module's tables.</summary>
    public static ModuleData Data { get; } = ModuleData.Of<DocumentsDbContext>(HistoryTable, o => new DocumentsDbContext(o));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        DocumentsModel.Configure(modelBuilder);
    }
}
