using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyAlliance.Domain.Activities;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Infrastructure.Persistence.Configurations;

internal sealed class JointActivityConfiguration : IEntityTypeConfiguration<JointActivity>
{
    public void Configure(EntityTypeBuilder<JointActivity> builder)
    {
        builder.ToTable("joint_activities", t =>
        {
            t.HasCheckConstraint("ck_joint_activities_counts", "participants >= 0 AND people_reached >= 0");
            t.HasCheckConstraint("ck_joint_activities_hospitals", "cardinality(hospital_ids) > 0");
        });
        builder.Property(a => a.Title).HasMaxLength(JointActivity.TitleMaxLength);
        builder.Property(a => a.Place).HasMaxLength(JointActivity.PlaceMaxLength);
        builder.Property(a => a.Summary).HasMaxLength(JointActivity.SummaryMaxLength);
        builder.Property(a => a.HospitalIds).HasColumnType("uuid[]");
        builder.Property(a => a.PartyBranchIds).HasColumnType("uuid[]");
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.RecordedById).OnDelete(DeleteBehavior.Restrict);

        // Visibility and the KPI report test "this hospital took part" (array containment, GIN); periods by date.
        builder.HasIndex(a => a.HospitalIds).HasMethod("gin");
        builder.HasIndex(a => new { a.HeldOn, a.Kind });
    }
}
