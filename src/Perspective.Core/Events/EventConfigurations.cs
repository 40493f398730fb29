using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Perspective.Core.Events;

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> builder)
    {
        builder.ToTable("Events");
        builder.HasKey(e => e.Position);
        builder.HasIndex(e => e.Id).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(EventDescriptor.MaxNameLength);
        builder.Property(e => e.UserId).HasMaxLength(64);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.OrganisationId).HasMaxLength(64);
        builder.Property(e => e.IpAddress).HasMaxLength(45);
    }
}

internal sealed class EventDeliveryConfiguration : IEntityTypeConfiguration<EventDelivery>
{
    public void Configure(EntityTypeBuilder<EventDelivery> builder)
    {
        builder.ToTable("EventDeliveries");
        builder.HasIndex(d => new { d.EventId, d.Subscriber }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.NextAttemptUtc });
        builder.Property(d => d.Subscriber).HasMaxLength(100);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(1000);
    }
}
