using Microsoft.EntityFrameworkCore;

namespace Perspective.Documents.Data;

internal static class DocumentsModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<DocumentCategory>(category =>
        {
            category.ToTable("DocumentCategories");
            category.Property(c => c.Name).HasMaxLength(100);
            category.Property(c => c.Description).HasMaxLength(500);
            category.Property(c => c.SenderRoles).HasMaxLength(1000);
            category.Property(c => c.RecipientRoles).HasMaxLength(1000);
            category.Property(c => c.AllowedExtensions).HasMaxLength(200);
            category.HasIndex(c => c.Name).IsUnique();
        });
        model.Entity<Document>(document =>
        {
            document.ToTable("Documents");
            document.Property(d => d.Title).HasMaxLength(200);
            document.Property(d => d.Message).HasMaxLength(2000);
            document.Property(d => d.SenderUserId).HasMaxLength(450);
            document.Property(d => d.SenderOrganisationId).HasMaxLength(64);
            document.Property(d => d.RevokedByUserId).HasMaxLength(450);
            document.HasOne<DocumentCategory>().WithMany().HasForeignKey(d => d.CategoryId).OnDelete(DeleteBehavior.Restrict);
            document.HasOne<FileRequest>().WithMany().HasForeignKey(d => d.FileRequestId).OnDelete(DeleteBehavior.Restrict);
            document.HasIndex(d => new { d.SenderOrganisationId, d.SentUtc });
            document.HasOne<SendBatch>().WithMany().HasForeignKey(d => d.BatchId).OnDelete(DeleteBehavior.Restrict);
            document.HasIndex(d => d.BatchId);
            document.HasIndex(d => d.RetainUntilUtc);
        });
        model.Entity<DocumentVersion>(version =>
        {
            version.ToTable("DocumentVersions");
            version.Property(v => v.StorageName).HasMaxLength(100);
            version.Property(v => v.WrappedKey).HasMaxLength(500);
            version.Property(v => v.FileName).HasMaxLength(255);
            version.Property(v => v.ContentType).HasMaxLength(100);
            version.Property(v => v.Sha256).HasMaxLength(64);
            version.Property(v => v.UploadedByUserId).HasMaxLength(450);
            version.Property(v => v.ScanStatus).HasConversion<string>().HasMaxLength(20);
            version.HasOne<Document>().WithMany().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
            version.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
            version.HasIndex(v => v.StorageName).IsUnique();
        });
        model.Entity<DocumentRecipient>(recipient =>
        {
            recipient.ToTable("DocumentRecipients");
            recipient.Property(r => r.OrganisationId).HasMaxLength(64);
            recipient.Property(r => r.UserId).HasMaxLength(450);
            recipient.Property(r => r.RoleName).HasMaxLength(256);
            recipient.Property(r => r.FirstOpenedByUserId).HasMaxLength(450);
            recipient.HasOne<Document>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
            recipient.HasIndex(r => new { r.OrganisationId, r.DeliveredUtc });
            recipient.HasIndex(r => r.DocumentId);
        });
        model.Entity<DocumentOpening>(opening =>
        {
            opening.ToTable("DocumentOpenings");
            opening.Property(o => o.UserId).HasMaxLength(450);
            opening.HasOne<Document>().WithMany().HasForeignKey(o => o.DocumentId).OnDelete(DeleteBehavior.Cascade);
            opening.HasIndex(o => new { o.DocumentId, o.OpenedUtc });
        });
        model.Entity<FileRequest>(request =>
        {
            request.ToTable("FileRequests");
            request.Property(r => r.Title).HasMaxLength(200);
            request.Property(r => r.Description).HasMaxLength(2000);
            request.Property(r => r.AllowedExtensions).HasMaxLength(200);
            request.Property(r => r.CreatedByUserId).HasMaxLength(450);
            request.Property(r => r.CreatedByOrganisationId).HasMaxLength(64);
            request.HasOne<DocumentCategory>().WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<FileRequestRecipient>(recipient =>
        {
            recipient.ToTable("FileRequestRecipients");
            recipient.HasKey(r => new { r.FileRequestId, r.OrganisationId });
            recipient.Property(r => r.OrganisationId).HasMaxLength(64);
            recipient.Property(r => r.Comment).HasMaxLength(1000);
            recipient.HasOne<FileRequest>().WithMany().HasForeignKey(r => r.FileRequestId).OnDelete(DeleteBehavior.Cascade);
            recipient.HasIndex(r => r.OrganisationId);
        });
        model.Entity<SendBatch>(batch =>
        {
            batch.ToTable("SendBatches");
            batch.Property(b => b.Title).HasMaxLength(300);
            batch.Property(b => b.Message).HasMaxLength(2000);
            batch.Property(b => b.SenderUserId).HasMaxLength(450);
            batch.Property(b => b.SenderOrganisationId).HasMaxLength(64);
            batch.HasOne<DocumentCategory>().WithMany().HasForeignKey(b => b.CategoryId).OnDelete(DeleteBehavior.Restrict);
            batch.HasIndex(b => new { b.SenderUserId, b.CreatedUtc });
            batch.HasIndex(b => new { b.SenderOrganisationId, b.SentUtc });
        });
        model.Entity<StagedFile>(file =>
        {
            file.ToTable("StagedFiles");
            file.Property(f => f.FileName).HasMaxLength(255);
            file.Property(f => f.ShownName).HasMaxLength(255);
            file.Property(f => f.OrganisationId).HasMaxLength(64);
            file.Property(f => f.StorageName).HasMaxLength(100);
            file.Property(f => f.WrappedKey).HasMaxLength(500);
            file.Property(f => f.ContentType).HasMaxLength(100);
            file.Property(f => f.Sha256).HasMaxLength(64);
            file.Property(f => f.ScanStatus).HasConversion<string>().HasMaxLength(20);
            file.HasOne<SendBatch>().WithMany().HasForeignKey(f => f.BatchId).OnDelete(DeleteBehavior.Cascade);
            file.HasIndex(f => f.BatchId);
            file.HasIndex(f => f.StorageName).IsUnique();
        });
    }
}
