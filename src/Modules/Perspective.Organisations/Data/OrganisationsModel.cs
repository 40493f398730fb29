using Microsoft.EntityFrameworkCore;

namespace Perspective.Organisations.Data;

internal static class OrganisationsModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<Organisation>(organisation =>
        {
            organisation.ToTable("Organisations");
            organisation.Property(o => o.Id).HasMaxLength(64);
            organisation.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
            organisation.Property(o => o.Name).HasMaxLength(200);
            organisation.Property(o => o.LaCode).HasMaxLength(3);
            organisation.Property(o => o.LaName).HasMaxLength(200);
            organisation.Property(o => o.EstablishmentNumber).HasMaxLength(4);
            organisation.Property(o => o.DfeNumber).HasMaxLength(7);
            organisation.Property(o => o.TypeOfEstablishment).HasMaxLength(200);
            organisation.Property(o => o.Phase).HasMaxLength(100);
            organisation.Property(o => o.GiasStatus).HasMaxLength(100);
            organisation.Property(o => o.Postcode).HasMaxLength(16);
            organisation.Property(o => o.HeadFirstName).HasMaxLength(100);
            organisation.Property(o => o.HeadLastName).HasMaxLength(100);
            organisation.Property(o => o.Edition).HasConversion<string>().HasMaxLength(10);
            organisation.Ignore(o => o.IsOpen);
            organisation.Ignore(o => o.IsProposed);
            organisation.Ignore(o => o.ReceivesSends);
            organisation.HasIndex(o => o.Urn).IsUnique();
            organisation.HasIndex(o => o.DfeNumber);
            organisation.HasIndex(o => o.Name);
        });
        model.Entity<OrganisationGroup>(group =>
        {
            group.ToTable("OrganisationGroups");
            group.Property(g => g.Name).HasMaxLength(200);
            group.Property(g => g.Kind).HasConversion<string>().HasMaxLength(20);
            group.HasIndex(g => new { g.Kind, g.Name }).IsUnique();
        });
        model.Entity<OrganisationGroupMember>(member =>
        {
            member.ToTable("OrganisationGroupMembers");
            member.HasKey(m => new { m.GroupId, m.OrganisationId });
            member.Property(m => m.OrganisationId).HasMaxLength(64);
            member.HasOne<OrganisationGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
            member.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            member.HasIndex(m => m.OrganisationId);
        });
    }
}
