using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Domain.TechnologyGaps;

namespace SpecialtyAlliance.Infrastructure.Persistence.Configurations;

internal sealed class TechnologyGapConfiguration : IEntityTypeConfiguration<TechnologyGap>
{
    public void Configure(EntityTypeBuilder<TechnologyGap> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint(
            "ck_technology_gaps_filled_has_first_case",
            "status NOT IN ('FirstCasePerformed', 'Established') OR first_case_on IS NOT NULL"));
        builder.Property(g => g.SpecialtyCode).HasMaxLength(Specialty.CodeMaxLength).HasColumnName("specialty");
        builder.Property(g => g.Technique).HasMaxLength(TechnologyGap.TechniqueMaxLength);
        builder.Property(g => g.Description).HasMaxLength(TechnologyGap.DescriptionMaxLength);
        builder.Property(g => g.LeadOperatorName).HasMaxLength(TechnologyGap.PersonNameMaxLength);
        builder.Property(g => g.CaseReference).HasMaxLength(TechnologyGap.CaseReferenceMaxLength);
        builder.Property(g => g.AbandonReason).HasMaxLength(TechnologyGap.ReasonMaxLength);
        builder.Ignore(g => g.IsFilled);

        builder.HasOne<Hospital>().WithMany().HasForeignKey(g => g.HospitalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Hospital>().WithMany().HasForeignKey(g => g.MentoringHospitalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(g => g.MentoringDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(g => g.LeadMentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(g => g.LeadOperatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(g => g.SupervisingMentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(g => g.DeclaredById).OnDelete(DeleteBehavior.Restrict);

        // Lists filter by hospital, status, specialty and scope; the gap report groups gaps identified in a period; the
        // KPI report counts gaps filled in a period (first_case_on), per hospital or mentoring hospital.
        builder.HasIndex(g => new { g.HospitalId, g.Status });
        builder.HasIndex(g => new { g.MentoringHospitalId, g.Status });
        builder.HasIndex(g => new { g.SpecialtyCode, g.Status });
        builder.HasIndex(g => g.IdentifiedOn);
        builder.HasIndex(g => g.FirstCaseOn).HasFilter("first_case_on IS NOT NULL");
    }
}
