using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Referrals;

public enum ReferralStatus
{
    /// <summary>The county side asked for the green channel.</summary>
    Requested,

    /// <summary>The city side took it: receiving department and expected date are set.</summary>
    Accepted,

    /// <summary>The patient was admitted at the city hospital.</summary>
    Admitted,

    /// <summary>Back to the county hospital with a note (a discharge note after admission, or the outcome of an examination). Final.</summary>
    Returned,

    /// <summary>The city side could not take it, with a reason. Final.</summary>
    Declined,
}

/// <summary>
/// 双向转诊 / 绿色通道 — a patient referred up to the city hospital after a consultation that recommended it,
/// with green-channel priorities. Requested → Accepted → Admitted → Returned; Accepted → Returned (seen without
/// admission); Requested → Declined.
/// </summary>
public sealed class Referral : AggregateRoot
{
    public const int NoteMaxLength = 2000;

    private Referral()
    {
    }

    public Guid ConsultationId { get; private set; }

    /// <summary>The county hospital that refers the patient (the consultation's requesting hospital).</summary>
    public Guid RequestingHospitalId { get; private set; }

    /// <summary>The city hospital that receives the patient.</summary>
    public Guid ReceivingHospitalId { get; private set; }

    /// <summary>The city department that receives the patient: the consultation's specialist's, until accepted into another.</summary>
    public Guid ReceivingDepartmentId { get; private set; }

    public Guid RequestedById { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public bool PriorityTreatment { get; private set; }

    public bool PriorityExamination { get; private set; }

    public bool PriorityAdmission { get; private set; }

    public string? Notes { get; private set; }

    public ReferralStatus Status { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    public Guid? AcceptedById { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateOnly? ExpectedDate { get; private set; }

    public DateTimeOffset? AdmittedAt { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    public string? ReturnNote { get; private set; }

    public DateTimeOffset? DeclinedAt { get; private set; }

    public string? DeclineReason { get; private set; }

    /// <summary>Who made the last move.</summary>
    public Guid LastActorId { get; private set; }

    public static Referral Create(
        Guid consultationId,
        Guid requestingHospitalId,
        Guid receivingHospitalId,
        Guid receivingDepartmentId,
        Guid requestedById,
        bool priorityTreatment,
        bool priorityExamination,
        bool priorityAdmission,
        string? notes,
        DateTimeOffset now) =>
        new()
        {
            ConsultationId = consultationId,
            RequestingHospitalId = requestingHospitalId,
            ReceivingHospitalId = receivingHospitalId,
            ReceivingDepartmentId = receivingDepartmentId,
            RequestedById = requestedById,
            RequestedAt = now,
            PriorityTreatment = priorityTreatment,
            PriorityExamination = priorityExamination,
            PriorityAdmission = priorityAdmission,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            Status = ReferralStatus.Requested,
            StatusChangedAt = now,
            LastActorId = requestedById,
        };

    /// <summary>Requested → Accepted into a city department, expected on a date.</summary>
    public Result Accept(Guid actorId, Guid departmentId, DateOnly expectedDate, DateTimeOffset now) =>
        Move(ReferralStatus.Accepted, [ReferralStatus.Requested], "accepted", actorId, now, () =>
        {
            ReceivingDepartmentId = departmentId;
            ExpectedDate = expectedDate;
            AcceptedById = actorId;
            AcceptedAt = now;
        });

    /// <summary>Accepted → Admitted.</summary>
    public Result Admit(Guid actorId, DateTimeOffset now) =>
        Move(ReferralStatus.Admitted, [ReferralStatus.Accepted], "admitted", actorId, now, () => AdmittedAt = now);

    /// <summary>Accepted or Admitted → Returned to the county hospital, with a note for it.</summary>
    public Result Return(Guid actorId, string note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        return Move(ReferralStatus.Returned, [ReferralStatus.Accepted, ReferralStatus.Admitted], "returned", actorId, now, () =>
        {
            ReturnNote = note.Trim();
            ReturnedAt = now;
        });
    }

    /// <summary>Requested → Declined, with the reason.</summary>
    public Result Decline(Guid actorId, string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return Move(ReferralStatus.Declined, [ReferralStatus.Requested], "declined", actorId, now, () =>
        {
            DeclineReason = reason.Trim();
            DeclinedAt = now;
        });
    }

    private Result Move(ReferralStatus to, ReferralStatus[] from, string verb, Guid actorId, DateTimeOffset now, Action apply)
    {
        if (!from.Contains(Status))
        {
            return Error.InvalidTransition("referral", Status, verb);
        }

        apply();
        Status = to;
        StatusChangedAt = now;
        LastActorId = actorId;
        return Result.Success();
    }
}
