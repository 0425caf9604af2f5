using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Auditing;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Infrastructure.Identity;

namespace SpecialtyAlliance.Infrastructure.Persistence.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("staff_members");
        builder.Property(s => s.FullName).HasMaxLength(StaffMember.NameMaxLength);
        builder.Property(s => s.Email).HasMaxLength(StaffMember.EmailMaxLength);
        builder.Property(s => s.Title).HasMaxLength(StaffMember.TitleMaxLength);
        builder.Property(s => s.Phone).HasMaxLength(StaffMember.PhoneMaxLength);
        builder.Property(s => s.Specialties).HasColumnType("text[]");
        builder.Ignore(s => s.Status);

        // One account per staff member, sharing the id.
        builder.HasOne<AppUser>().WithOne().HasForeignKey<StaffMember>(s => s.Id).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Hospital>().WithMany().HasForeignKey(s => s.HospitalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.Email).IsUnique();
        builder.HasIndex(s => new { s.DepartmentId, s.Role });
        builder.HasIndex(s => new { s.HospitalId, s.Role });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.EntityType).HasMaxLength(AuditEntry.EntityTypeMaxLength);
        builder.Property(a => a.EntityId).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        builder.Property(a => a.Changes).HasColumnType("jsonb");
        builder.Property(a => a.HospitalIds).HasColumnType("uuid[]");
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => a.HospitalIds).HasMethod("gin");
        builder.HasIndex(a => a.ActorId);
        builder.HasIndex(a => a.At);
    }
}
