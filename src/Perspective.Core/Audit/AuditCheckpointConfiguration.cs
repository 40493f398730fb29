using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Perspective.Core.Audit;

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> builder)
    {
        builder.ToTable("AuditCheckpoints");
        builder.Property(c => c.Hash).HasMaxLength(64);
        builder.Property(c => c.Signature).HasMaxLength(1000);
        builder.HasIndex(c => c.Sequence);
    }
}
