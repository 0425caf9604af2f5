using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Consultations;

/// <summary>
/// 远程会诊 — a county clinician's request for a remote consultation by a city specialist.
/// <code>
/// Requested ──claim──▶ Claimed ──schedule──▶ Scheduled ──start──▶ InProgress ──complete──▶ Completed ──close-out──▶ Closed
///    ▲  │                │ release → Requested          │ reschedule → Scheduled
///    │  │                │ request-info → InfoRequested ──provide-info──▶ Requested
///    │  ├── reject (Requested, Claimed) → Rejected
///    └──┴── cancel (Requested, Claimed, InfoRequested, Scheduled) → Cancelled
/// </code>
/// Every move appends a <see cref="ConsultationTransition"/>; a move the lifecycle does not allow is refused
/// with <c>invalid_transition</c>. Who may make a move is the application's rule; this class guards the order.
/// </summary>
public sealed class Consultation : AggregateRoot
{
    public const int PatientReferenceMaxLength = 40;
    public const int SummaryMaxLength = 4000;
    public const int QuestionMaxLength = 2000;
    public const int OpinionMaxLength = 8000;
    public const int ReasonMaxLength = 1000;
    public const int MinPatientAge = 0;
    public const int MaxPatientAge = 130;
    public const int MinFollowUpDays = 1;
    public const int MaxFollowUpDays = 365;
    public const int MinSatisfaction = 1;
    public const int MaxSatisfaction = 5;

    /// <summary>A booked slot lasts at least this long…</summary>
    public static readonly TimeSpan MinSlot = TimeSpan.FromMinutes(15);

    /// <summary>…and at most this long.</summary>
    public static readonly TimeSpan MaxSlot = TimeSpan.FromMinutes(120);

    /// <summary>Which statuses each action starts from, and where it leads.</summary>
    public static readonly IReadOnlyDictionary<ConsultationAction, (ConsultationStatus[] From, ConsultationStatus To)> Lifecycle =
        new Dictionary<ConsultationAction, (ConsultationStatus[] From, ConsultationStatus To)>
        {
            [ConsultationAction.Claim] = ([ConsultationStatus.Requested], ConsultationStatus.Claimed),
            [ConsultationAction.Release] = ([ConsultationStatus.Claimed], ConsultationStatus.Requested),
            [ConsultationAction.RequestInfo] = ([ConsultationStatus.Claimed], ConsultationStatus.InfoRequested),
            [ConsultationAction.ProvideInfo] = ([ConsultationStatus.InfoRequested], ConsultationStatus.Requested),
            [ConsultationAction.Schedule] = ([ConsultationStatus.Claimed], ConsultationStatus.Scheduled),
            [ConsultationAction.Reschedule] = ([ConsultationStatus.Scheduled], ConsultationStatus.Scheduled),
            [ConsultationAction.Start] = ([ConsultationStatus.Scheduled], ConsultationStatus.InProgress),
            [ConsultationAction.Complete] = ([ConsultationStatus.InProgress], ConsultationStatus.Completed),
            [ConsultationAction.CloseOut] = ([ConsultationStatus.Completed], ConsultationStatus.Closed),
            [ConsultationAction.Reject] = ([ConsultationStatus.Requested, ConsultationStatus.Claimed], ConsultationStatus.Rejected),
            [ConsultationAction.Cancel] =
                ([ConsultationStatus.Requested, ConsultationStatus.Claimed, ConsultationStatus.InfoRequested, ConsultationStatus.Scheduled],
                 ConsultationStatus.Cancelled),
        };

    private readonly List<ConsultationTransition> _history = [];

    private Consultation()
    {
        Specialty = null!;
        PatientReference = null!;
        Summary = null!;
        Question = null!;
    }

    public Guid RequestingHospitalId { get; private set; }

    /// <summary>The county clinician who asked.</summary>
    public Guid RequesterId { get; private set; }

    public Guid? RequestingDepartmentId { get; private set; }

    /// <summary>A code of the specialty catalogue.</summary>
    public string Specialty { get; private set; }

    public Urgency Urgency { get; private set; }

    /// <summary>The patient's pseudonymous reference at the requesting hospital, such as <c>SQ-2026-0147</c>. Never a name.</summary>
    public string PatientReference { get; private set; }

    public int PatientAge { get; private set; }

    public PatientSex PatientSex { get; private set; }

    public string Summary { get; private set; }

    public string Question { get; private set; }

    /// <summary>The city departments the request was routed to when it was made (by the Active pairings then).</summary>
    public IReadOnlyList<Guid> RoutedDepartmentIds { get; private set; } = [];

    /// <summary>The hospitals of <see cref="RoutedDepartmentIds"/>, kept here so scope needs no join.</summary>
    public IReadOnlyList<Guid> RoutedHospitalIds { get; private set; } = [];

    public ConsultationStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>When a specialist should have claimed it (the request time plus the urgency's response target).</summary>
    public DateTimeOffset ResponseDueAt { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    /// <summary>The specialist holding it (from claim until release or provide-info; kept after completion).</summary>
    public Guid? ClaimedById { get; private set; }

    public Guid? ClaimedDepartmentId { get; private set; }

    /// <summary>The first claim ever: the response time of the request, for the response rate.</summary>
    public DateTimeOffset? FirstClaimedAt { get; private set; }

    /// <summary>When the response target was found missed and the escalation written (once per request).</summary>
    public DateTimeOffset? EscalatedAt { get; private set; }

    /// <summary>The specialist's last question to the requester.</summary>
    public string? InfoRequest { get; private set; }

    /// <summary>The requester's last answer.</summary>
    public string? InfoResponse { get; private set; }

    public DateTimeOffset? ScheduledStart { get; private set; }

    public DateTimeOffset? ScheduledEnd { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? Opinion { get; private set; }

    public Recommendation? Recommendation { get; private set; }

    public int? FollowUpDays { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public int? Satisfaction { get; private set; }

    public bool? ReferralAvoided { get; private set; }

    public string? RejectionReason { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>
    /// The change-sequence number of the last unit of work that changed it, assigned when saved. Clients apply a
    /// live change only when its sequence is above the <c>asOf</c> of their snapshot.
    /// </summary>
    public long LastSequence { get; private set; }

    public IReadOnlyList<ConsultationTransition> History => _history;

    public bool IsFinal => Status is ConsultationStatus.Closed or ConsultationStatus.Rejected or ConsultationStatus.Cancelled;

    /// <summary>Whether the request waits in the queue past its response target at <paramref name="now"/>.</summary>
    public bool IsOverdue(DateTimeOffset now) => IsOverdue(Status, ResponseDueAt, now);

    public static bool IsOverdue(ConsultationStatus status, DateTimeOffset responseDueAt, DateTimeOffset now) =>
        status == ConsultationStatus.Requested && now >= responseDueAt;

    /// <summary>Whether <paramref name="action"/> may follow the current status (who may do it is checked elsewhere).</summary>
    public bool Allows(ConsultationAction action) => Allows(Status, action);

    public static bool Allows(ConsultationStatus status, ConsultationAction action) =>
        Lifecycle.TryGetValue(action, out var rule) && rule.From.Contains(status);

    /// <summary>The <c>invalid_transition</c> error when the current status does not allow <paramref name="action"/>; otherwise null.</summary>
    public Error? RefuseIfNotAllowed(ConsultationAction action) =>
        Allows(action) ? null : Error.InvalidTransition("consultation", Status, Verb(action));

    /// <summary>A county clinician asks; the request goes to the queue of the routed city departments.</summary>
    public static Consultation Request(
        Guid requestingHospitalId,
        Guid requesterId,
        Guid? requestingDepartmentId,
        string specialty,
        Urgency urgency,
        string patientReference,
        int patientAge,
        PatientSex patientSex,
        string summary,
        string question,
        IReadOnlyList<Guid> routedDepartmentIds,
        IReadOnlyList<Guid> routedHospitalIds,
        TimeSpan responseTarget,
        DateTimeOffset now)
    {
        if (!Common.Specialty.IsKnown(specialty))
        {
            throw new ArgumentException($"Unknown specialty '{specialty}'.", nameof(specialty));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(patientReference);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        ArgumentOutOfRangeException.ThrowIfZero(routedDepartmentIds.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(responseTarget.Ticks);

        var consultation = new Consultation
        {
            RequestingHospitalId = requestingHospitalId,
            RequesterId = requesterId,
            RequestingDepartmentId = requestingDepartmentId,
            Specialty = specialty,
            Urgency = urgency,
            PatientReference = patientReference.Trim(),
            PatientAge = patientAge,
            PatientSex = patientSex,
            Summary = summary.Trim(),
            Question = question.Trim(),
            RoutedDepartmentIds = [.. routedDepartmentIds.Distinct()],
            RoutedHospitalIds = [.. routedHospitalIds.Distinct()],
            Status = ConsultationStatus.Requested,
            RequestedAt = now,
            ResponseDueAt = now + responseTarget,
            StatusChangedAt = now,
        };
        consultation.Record(ConsultationAction.Request, null, requesterId, now, null);
        return consultation;
    }

    /// <summary>Requested → Claimed: the specialist takes it from the queue.</summary>
    public Result Claim(Guid specialistId, Guid? departmentId, DateTimeOffset now) =>
        Move(ConsultationAction.Claim, specialistId, now, null, () =>
        {
            ClaimedById = specialistId;
            ClaimedDepartmentId = departmentId;
            FirstClaimedAt ??= now;
        });

    /// <summary>Claimed → Requested: back to the queue, unclaimed.</summary>
    public Result Release(Guid specialistId, DateTimeOffset now, string? note = null) =>
        Move(ConsultationAction.Release, specialistId, now, note, ClearClaim);

    /// <summary>Claimed → InfoRequested: the specialist needs more from the requester.</summary>
    public Result RequestInfo(Guid specialistId, string question, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        return Move(ConsultationAction.RequestInfo, specialistId, now, question, () => InfoRequest = question.Trim());
    }

    /// <summary>InfoRequested → Requested: answered, the request goes back to the queue, unclaimed.</summary>
    public Result ProvideInfo(Guid requesterId, string answer, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(answer);
        return Move(ConsultationAction.ProvideInfo, requesterId, now, answer, () =>
        {
            InfoResponse = answer.Trim();
            ClearClaim();
        });
    }

    /// <summary>Claimed → Scheduled: a slot is booked (the booking itself is a <c>SpecialistBooking</c>).</summary>
    public Result Schedule(Guid specialistId, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now)
    {
        if (ValidateSlot(startsAt, endsAt, now) is { } invalid)
        {
            return invalid;
        }

        var result = Move(ConsultationAction.Schedule, specialistId, now, null, () =>
        {
            ScheduledStart = startsAt;
            ScheduledEnd = endsAt;
        });
        if (result.IsSuccess)
        {
            Raise(new ConsultationScheduled(Id, specialistId, RequesterId, startsAt, now));
        }

        return result;
    }

    /// <summary>Scheduled → Scheduled at a new slot.</summary>
    public Result Reschedule(Guid specialistId, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now, string? note = null)
    {
        if (ValidateSlot(startsAt, endsAt, now) is { } invalid)
        {
            return invalid;
        }

        var result = Move(ConsultationAction.Reschedule, specialistId, now, note, () =>
        {
            ScheduledStart = startsAt;
            ScheduledEnd = endsAt;
        });
        if (result.IsSuccess)
        {
            Raise(new ConsultationRescheduled(Id, startsAt, now));
        }

        return result;
    }

    /// <summary>Scheduled → InProgress.</summary>
    public Result Start(Guid specialistId, DateTimeOffset now) =>
        Move(ConsultationAction.Start, specialistId, now, null, () => StartedAt = now);

    /// <summary>InProgress → Completed, with the opinion and the recommendation (follow-up needs 1–365 days).</summary>
    public Result Complete(Guid specialistId, string opinion, Recommendation recommendation, int? followUpDays, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(opinion);
        if (recommendation == Consultations.Recommendation.FollowUp
            && followUpDays is not (>= MinFollowUpDays and <= MaxFollowUpDays))
        {
            return Error.Validation("followUpDays", $"A follow-up needs a number of days from {MinFollowUpDays} to {MaxFollowUpDays}.");
        }

        var days = recommendation == Consultations.Recommendation.FollowUp ? followUpDays : null;
        var result = Move(ConsultationAction.Complete, specialistId, now, null, () =>
        {
            Opinion = opinion.Trim();
            Recommendation = recommendation;
            FollowUpDays = days;
            CompletedAt = now;
        });
        if (result.IsSuccess)
        {
            Raise(new ConsultationCompleted(Id, RequesterId, recommendation, days, now));
        }

        return result;
    }

    /// <summary>Completed → Closed, with the requester's survey.</summary>
    public Result CloseOut(Guid requesterId, int satisfaction, bool referralAvoided, DateTimeOffset now)
    {
        if (satisfaction is < MinSatisfaction or > MaxSatisfaction)
        {
            return Error.Validation("satisfaction", $"Satisfaction is from {MinSatisfaction} to {MaxSatisfaction}.");
        }

        return Move(ConsultationAction.CloseOut, requesterId, now, null, () =>
        {
            Satisfaction = satisfaction;
            ReferralAvoided = referralAvoided;
            ClosedAt = now;
        });
    }

    /// <summary>Requested or Claimed → Rejected, with the reason (outside the department's scope, say).</summary>
    public Result Reject(Guid specialistId, string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return Move(ConsultationAction.Reject, specialistId, now, reason, () => RejectionReason = reason.Trim());
    }

    /// <summary>Requested, Claimed, InfoRequested or Scheduled → Cancelled by the requesting side (a booking is released by the caller).</summary>
    public Result Cancel(Guid actorId, string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return Move(ConsultationAction.Cancel, actorId, now, reason, () => CancellationReason = reason.Trim());
    }

    /// <summary>
    /// The response target passed with the request still in the queue: marks it escalated (once per request) so the
    /// escalation reminders are written. False when there is nothing to escalate.
    /// </summary>
    public bool MarkResponseMissed(DateTimeOffset now)
    {
        if (EscalatedAt is not null || !IsOverdue(now))
        {
            return false;
        }

        EscalatedAt = now;
        Raise(new ConsultationResponseMissed(Id, now));
        return true;
    }

    private static Error? ValidateSlot(DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now)
    {
        if (startsAt <= now)
        {
            return Error.Validation("startsAt", "The slot must start in the future.");
        }

        var length = endsAt - startsAt;
        return length < MinSlot || length > MaxSlot
            ? Error.Validation("endsAt", $"A slot lasts from {MinSlot.TotalMinutes:0} to {MaxSlot.TotalMinutes:0} minutes.")
            : null;
    }

    private void ClearClaim()
    {
        ClaimedById = null;
        ClaimedDepartmentId = null;
    }

    private Result Move(ConsultationAction action, Guid actorId, DateTimeOffset now, string? note, Action apply)
    {
        if (RefuseIfNotAllowed(action) is { } refused)
        {
            return refused;
        }

        var from = Status;
        apply();
        Status = Lifecycle[action].To;
        StatusChangedAt = now;
        Record(action, from, actorId, now, note);
        return Result.Success();
    }

    private void Record(ConsultationAction action, ConsultationStatus? from, Guid actorId, DateTimeOffset now, string? note)
    {
        _history.Add(ConsultationTransition.Create(Id, action, from, Status, actorId, now, note));
        Raise(new ConsultationTransitioned(Id, action, from, Status, now));
    }

    private static string Verb(ConsultationAction action) => action switch
    {
        ConsultationAction.Claim => "claimed",
        ConsultationAction.Release => "released",
        ConsultationAction.RequestInfo => "asked for more information",
        ConsultationAction.ProvideInfo => "given more information",
        ConsultationAction.Schedule => "scheduled",
        ConsultationAction.Reschedule => "rescheduled",
        ConsultationAction.Start => "started",
        ConsultationAction.Complete => "completed",
        ConsultationAction.CloseOut => "closed out",
        ConsultationAction.Reject => "rejected",
        ConsultationAction.Cancel => "cancelled",
        _ => action.ToString().ToLowerInvariant(),
    };
}
