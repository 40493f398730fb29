using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Perspective.Core.Audit;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("AuditEvents");
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.UserId).HasMaxLength(64);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.OrganisationId).HasMaxLength(64);
        builder.Property(e => e.ObjectType).HasMaxLength(100);
        builder.Property(e => e.ObjectId).HasMaxLength(100);
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.Details).HasMaxLength(1000);
        builder.HasIndex(e => e.OccurredUtc);
        builder.HasIndex(e => e.Action);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        // One event per place in the chain: a forked chain cannot even be stored.
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.HasIndex(e => e.OrganisationId);
        builder.HasIndex(e => e.EventId).IsUnique();
    }
}
