using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Infrastructure.Persistence.Configurations;

internal sealed class HospitalConfiguration : IEntityTypeConfiguration<Hospital>
{
    public void Configure(EntityTypeBuilder<Hospital> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(Hospital.NameMaxLength);
        builder.Property(h => h.NameEn).HasMaxLength(Hospital.NameMaxLength);
        builder.Property(h => h.Region).HasMaxLength(Hospital.RegionMaxLength);
        builder.HasIndex(h => h.Name).IsUnique();
        builder.HasIndex(h => new { h.Tier, h.Name });
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(Department.NameMaxLength);
        builder.Property(d => d.SpecialtyCode).HasMaxLength(Specialty.CodeMaxLength).HasColumnName("specialty");
        builder.HasOne<Hospital>().WithMany().HasForeignKey(d => d.HospitalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.HospitalId, d.Name }).IsUnique();
        builder.HasIndex(d => d.SpecialtyCode);
    }
}

internal sealed class PartyBranchConfiguration : IEntityTypeConfiguration<PartyBranch>
{
    public void Configure(EntityTypeBuilder<PartyBranch> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(PartyBranch.NameMaxLength);
        builder.Property(b => b.SecretaryName).HasMaxLength(PartyBranch.SecretaryMaxLength);
        builder.Property(b => b.DepartmentIds).HasColumnType("uuid[]");
        builder.HasOne<Hospital>().WithMany().HasForeignKey(b => b.HospitalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.HospitalId, b.Name }).IsUnique();
    }
}

internal sealed class AlliancePairingConfiguration : IEntityTypeConfiguration<AlliancePairing>
{
    public void Configure(EntityTypeBuilder<AlliancePairing> builder)
    {
        builder.ToTable("alliance_pairings");
        builder.Property(p => p.Specialties).HasColumnType("text[]");
        builder.Property(p => p.Goals).HasMaxLength(AlliancePairing.GoalsMaxLength);
        builder.HasOne<Department>().WithMany().HasForeignKey(p => p.CityDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Hospital>().WithMany().HasForeignKey(p => p.CityHospitalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Hospital>().WithMany().HasForeignKey(p => p.CountyHospitalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(p => p.CountyDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyBranch>().WithMany().HasForeignKey(p => p.CityPartyBranchId).OnDelete(DeleteBehavior.Restrict);

        // Routing looks pairings up by county hospital and status, then tests the specialty array.
        builder.HasIndex(p => new { p.CountyHospitalId, p.Status });
        builder.HasIndex(p => new { p.CityDepartmentId, p.Status });
        builder.HasIndex(p => p.CityHospitalId);
        builder.HasIndex(p => p.Specialties).HasMethod("gin");
    }
}
