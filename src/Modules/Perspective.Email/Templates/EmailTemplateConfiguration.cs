using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Perspective.Email.Templates;

internal sealed class EmailTemplateConfiguration : IEntityTypeConfiguration<EmailTemplate>
{
    public void Configure(EntityTypeBuilder<EmailTemplate> builder)
    {
        builder.ToTable("EmailTemplates");
        builder.HasKey(t => t.Kind);
        builder.Property(t => t.Kind).HasMaxLength(100);
        builder.Property(t => t.Subject).HasMaxLength(500);
        builder.Property(t => t.UpdatedBy).HasMaxLength(256);
    }
}
