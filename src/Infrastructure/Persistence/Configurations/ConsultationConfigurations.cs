using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Availability;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Referrals;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Infrastructure.Persistence.Configurations;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_consultations_patient_age", $"patient_age BETWEEN {Consultation.MinPatientAge} AND {Consultation.MaxPatientAge}");
            t.HasCheckConstraint("ck_consultations_satisfaction", $"satisfaction IS NULL OR satisfaction BETWEEN {Consultation.MinSatisfaction} AND {Consultation.MaxSatisfaction}");
            t.HasCheckConstraint("ck_consultations_follow_up_days", $"follow_up_days IS NULL OR follow_up_days BETWEEN {Consultation.MinFollowUpDays} AND {Consultation.MaxFollowUpDays}");
            t.HasCheckConstraint("ck_consultations_routed", "cardinality(routed_department_ids) > 0");
        });
        builder.Property(c => c.Specialty).HasMaxLength(Specialty.CodeMaxLength);
        builder.Property(c => c.PatientReference).HasMaxLength(Consultation.PatientReferenceMaxLength);
        builder.Property(c => c.Summary).HasMaxLength(Consultation.SummaryMaxLength);
        builder.Property(c => c.Question).HasMaxLength(Consultation.QuestionMaxLength);
        builder.Property(c => c.InfoRequest).HasMaxLength(Consultation.QuestionMaxLength);
        builder.Property(c => c.InfoResponse).HasMaxLength(Consultation.SummaryMaxLength);
        builder.Property(c => c.Opinion).HasMaxLength(Consultation.OpinionMaxLength);
        builder.Property(c => c.RejectionReason).HasMaxLength(Consultation.ReasonMaxLength);
        builder.Property(c => c.CancellationReason).HasMaxLength(Consultation.ReasonMaxLength);
        builder.Property(c => c.RoutedDepartmentIds).HasColumnType("uuid[]");
        builder.Property(c => c.RoutedHospitalIds).HasColumnType("uuid[]");
        builder.Ignore(c => c.IsFinal);

        builder.HasOne<Hospital>().WithMany().HasForeignKey(c => c.RequestingHospitalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(c => c.RequestingDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.ClaimedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(c => c.ClaimedDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.History).WithOne().HasForeignKey(h => h.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);

        // Queue: the waiting requests of a department (GIN on the routed departments), then by request time.
        builder.HasIndex(c => c.RoutedDepartmentIds).HasMethod("gin");
        builder.HasIndex(c => c.RoutedHospitalIds).HasMethod("gin");
        builder.HasIndex(c => new { c.Status, c.RequestedAt });
        // Lists: a hospital's requests by time; a specialist's claimed ones.
        builder.HasIndex(c => new { c.RequestingHospitalId, c.RequestedAt });
        builder.HasIndex(c => c.ClaimedById);
        builder.HasIndex(c => new { c.Specialty, c.RequestedAt });
        // The snapshot's asOf = max(last_sequence).
        builder.HasIndex(c => c.LastSequence);
        // The sweeper's scan for requests past their response target and not yet escalated.
        builder.HasIndex(c => c.ResponseDueAt).HasFilter("status = 'Requested' AND escalated_at IS NULL")
            .HasDatabaseName("ix_consultations_awaiting_escalation");
        // Reports: the consultations requested in a period, across the alliance (ADR 0023).
        builder.HasIndex(c => c.RequestedAt).HasDatabaseName("ix_consultations_requested_at");
    }
}

internal sealed class ConsultationTransitionConfiguration : IEntityTypeConfiguration<ConsultationTransition>
{
    public void Configure(EntityTypeBuilder<ConsultationTransition> builder)
    {
        builder.ToTable("consultation_history");
        builder.Property(h => h.Note).HasMaxLength(ConsultationTransition.NoteMaxLength);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(h => h.ActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.ConsultationId, h.Sequence });
        builder.HasIndex(h => new { h.Action, h.At });
        // Reports: a consultation's first claim is one index-only probe (ADR 0023).
        builder.HasIndex(h => new { h.ConsultationId, h.At }).HasFilter("action = 'Claim'").HasDatabaseName("ix_consultation_history_claims");
    }
}

internal sealed class AvailabilityWindowConfiguration : IEntityTypeConfiguration<AvailabilityWindow>
{
    public void Configure(EntityTypeBuilder<AvailabilityWindow> builder)
    {
        builder.ToTable("specialist_availability", t => t.HasCheckConstraint(
            "ck_specialist_availability_shape",
            "(kind = 'Weekly' AND day_of_week IS NOT NULL AND local_start IS NOT NULL AND local_end IS NOT NULL AND local_start < local_end AND starts_at IS NULL AND ends_at IS NULL)"
            + " OR (kind IN ('Available', 'Unavailable') AND starts_at IS NOT NULL AND ends_at IS NOT NULL AND starts_at < ends_at AND day_of_week IS NULL)"));
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(w => w.SpecialistId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.SpecialistId, w.Kind });
    }
}

internal sealed class SpecialistBookingConfiguration : IEntityTypeConfiguration<SpecialistBooking>
{
    public void Configure(EntityTypeBuilder<SpecialistBooking> builder)
    {
        // The no-overlap exclusion constraint is raw SQL in the migration (ConsultationsSql).
        builder.ToTable("specialist_bookings", t => t.HasCheckConstraint("ck_specialist_bookings_order", "starts_at < ends_at"));
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(b => b.SpecialistId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(b => b.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.SpecialistId, b.StartsAt });
        builder.HasIndex(b => new { b.ConsultationId, b.Status });
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.Notes).HasMaxLength(Referral.NoteMaxLength);
        builder.Property(r => r.ReturnNote).HasMaxLength(Referral.NoteMaxLength);
        builder.Property(r => r.DeclineReason).HasMaxLength(Referral.NoteMaxLength);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(r => r.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Hospital>().WithMany().HasForeignKey(r => r.RequestingHospitalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Hospital>().WithMany().HasForeignKey(r => r.ReceivingHospitalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.ReceivingDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.RequestedById).OnDelete(DeleteBehavior.Restrict);

        // One open referral per consultation (a declined one may be followed by another).
        builder.HasIndex(r => r.ConsultationId).IsUnique().HasFilter("status <> 'Declined'")
            .HasDatabaseName("ux_referrals_open_per_consultation");
        builder.HasIndex(r => new { r.RequestingHospitalId, r.RequestedAt });
        builder.HasIndex(r => new { r.ReceivingHospitalId, r.RequestedAt });
        // Reports: the referrals requested in a period, across the alliance (ADR 0023).
        builder.HasIndex(r => r.RequestedAt).HasDatabaseName("ix_referrals_requested_at");
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(r => new { r.UserId, r.Key });
        builder.Property(r => r.Key).HasMaxLength(IdempotencyRecord.KeyMaxLength);
        builder.Property(r => r.Operation).HasMaxLength(IdempotencyRecord.OperationMaxLength);
        builder.Property(r => r.Fingerprint).HasMaxLength(64);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.CreatedAt);
    }
}
