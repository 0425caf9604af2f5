using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Infrastructure.Persistence.Configurations;

internal sealed class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> builder)
    {
        builder.Property(s => s.SpecialtyCode).HasMaxLength(Specialty.CodeMaxLength).HasColumnName("specialty");
        builder.Property(s => s.Need).HasMaxLength(SupportRequest.NeedMaxLength);
        builder.ToTable(t => t.HasCheckConstraint(
            "ck_support_requests_months_wanted", $"months_wanted BETWEEN {SupportRequest.MinMonths} AND {SupportRequest.MaxMonths}"));
        builder.HasOne<Hospital>().WithMany().HasForeignKey(s => s.CountyHospitalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(s => s.CountyDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.RequestedById).OnDelete(DeleteBehavior.Restrict);

        // Lists filter by hospital and status, newest first; coverage asks for the open ones.
        builder.HasIndex(s => new { s.CountyHospitalId, s.Status, s.RequestedAt });
        builder.HasIndex(s => new { s.Status, s.RequestedAt });
    }
}

internal sealed class AssistanceRotationConfiguration : IEntityTypeConfiguration<AssistanceRotation>
{
    public void Configure(EntityTypeBuilder<AssistanceRotation> builder)
    {
        builder.ToTable("assistance_rotations", t => t.HasCheckConstraint("ck_assistance_rotations_period", "ends_on >= starts_on"));
        builder.Property(r => r.Objectives).HasMaxLength(AssistanceRotation.ObjectivesMaxLength);
        builder.Property(r => r.CancelReason).HasMaxLength(AssistanceRotation.CancelReasonMaxLength);
        builder.Ignore(r => r.IsInbound);
        builder.Ignore(r => r.CountyHospitalId);
        builder.Ignore(r => r.LengthDays);

        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.ClinicianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Hospital>().WithMany().HasForeignKey(r => r.HomeHospitalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.HomeDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Hospital>().WithMany().HasForeignKey(r => r.HostHospitalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.HostDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SupportRequest>().WithMany().HasForeignKey(r => r.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.PlannedById).OnDelete(DeleteBehavior.Restrict);

        // Scope and the KPI report look rotations up by host or home hospital and status; coverage and the follow-on
        // check by host department. The clinician's calendar is the exclusion constraint's GiST index (raw SQL).
        builder.HasIndex(r => new { r.HostHospitalId, r.Status, r.StartsOn });
        builder.HasIndex(r => new { r.HomeHospitalId, r.Status, r.StartsOn });
        builder.HasIndex(r => new { r.HostDepartmentId, r.Status, r.StartsOn });
        builder.HasIndex(r => r.SupportRequestId);
    }
}
