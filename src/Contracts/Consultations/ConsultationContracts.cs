namespace SpecialtyAlliance.Contracts.Consultations;

/// <summary>
/// The patient, pseudonymously: the reference the requesting hospital uses (such as <c>SQ-2026-0147</c>), age (required,
/// 0–130) and sex — never a name.
/// </summary>
public sealed record PatientRequest(string Reference, int? Age, PatientSex? Sex);

/// <summary>
/// <c>POST /api/consultations</c> (county clinicians). Urgency: Routine, Urgent, Emergency. Sex: Female, Male, Unknown.
/// Send an <c>Idempotency-Key</c> header so a retry creates nothing new.
/// </summary>
public sealed record ConsultationRequest(string Specialty, Urgency? Urgency, PatientRequest Patient, string Summary, string Question);

/// <summary>The body of <c>request-info</c>: what the specialist needs to know.</summary>
public sealed record RequestInfoRequest(string Question);

/// <summary>The body of <c>provide-info</c>: the requester's answer (the request goes back to the queue).</summary>
public sealed record ProvideInfoRequest(string Answer);

/// <summary>The body of <c>schedule</c> and <c>reschedule</c>: a slot of 15–120 minutes in the future, inside the specialist's availability.</summary>
public sealed record ScheduleRequest(DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>The body of <c>complete</c>. Recommendation: ManageLocally, ReferUp, FollowUp (then <c>followUpDays</c> 1–365).</summary>
public sealed record CompleteRequest(string Opinion, Recommendation? Recommendation, int? FollowUpDays);

/// <summary>The body of <c>close-out</c>: the requester's survey (satisfaction 1–5; was a referral avoided).</summary>
public sealed record CloseOutRequest(int? Satisfaction, bool? ReferralAvoided);

/// <summary>The body of <c>reject</c> and <c>cancel</c>.</summary>
public sealed record ReasonRequest(string Reason);

/// <summary>The patient as shown to those who may see the consultation.</summary>
public sealed record PatientResponse(string Reference, int Age, PatientSex Sex);

/// <summary>A city department a consultation was routed to.</summary>
public sealed record RoutedDepartmentResponse(Guid Id, string Name, Guid HospitalId);

/// <summary>One row of a consultation's history. <c>from</c> is null for the request itself.</summary>
public sealed record ConsultationHistoryResponse(
    long Sequence, ConsultationAction Action, ConsultationStatus? From, ConsultationStatus To, Guid ActorId, string? ActorName, DateTimeOffset At, string? Note);

/// <summary>The consultation's booked slot.</summary>
public sealed record ConsultationBookingResponse(Guid Id, Guid SpecialistId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, Availability.BookingStatus Status);

/// <summary>A consultation in a list.</summary>
public sealed record ConsultationSummaryResponse(
    Guid Id,
    string Specialty,
    string SpecialtyNameZh,
    Urgency Urgency,
    ConsultationStatus Status,
    Guid RequestingHospitalId,
    string RequestingHospitalName,
    Guid RequesterId,
    string? RequesterName,
    string PatientReference,
    DateTimeOffset RequestedAt,
    DateTimeOffset ResponseDueAt,
    bool Overdue,
    Guid? ClaimedById,
    string? ClaimedByName,
    DateTimeOffset? ScheduledStart,
    DateTimeOffset? ScheduledEnd,
    long LastSequence,
    uint Version);

/// <summary>
/// One consultation with its history. <c>allowedActions</c> are the moves the caller may make now, named as in the
/// routes (<c>claim</c>, <c>release</c>, <c>request-info</c>, <c>provide-info</c>, <c>schedule</c>, <c>reschedule</c>,
/// <c>start</c>, <c>complete</c>, <c>close-out</c>, <c>reject</c>, <c>cancel</c>, and <c>refer</c> for a referral).
/// Send <c>version</c> as <c>If-Match: "version"</c> with a move to make it fail if someone changed the consultation meanwhile.
/// </summary>
public sealed record ConsultationResponse(
    Guid Id,
    string Specialty,
    string SpecialtyNameZh,
    string SpecialtyNameEn,
    Urgency Urgency,
    ConsultationStatus Status,
    Guid RequestingHospitalId,
    string RequestingHospitalName,
    Guid? RequestingDepartmentId,
    Guid RequesterId,
    string? RequesterName,
    PatientResponse Patient,
    string Summary,
    string Question,
    IReadOnlyList<RoutedDepartmentResponse> RoutedDepartments,
    DateTimeOffset RequestedAt,
    DateTimeOffset ResponseDueAt,
    bool Overdue,
    DateTimeOffset? EscalatedAt,
    Guid? ClaimedById,
    string? ClaimedByName,
    DateTimeOffset? FirstClaimedAt,
    string? InfoRequest,
    string? InfoResponse,
    ConsultationBookingResponse? Booking,
    DateTimeOffset? ScheduledStart,
    DateTimeOffset? ScheduledEnd,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    string? Opinion,
    Recommendation? Recommendation,
    int? FollowUpDays,
    DateTimeOffset? ClosedAt,
    int? Satisfaction,
    bool? ReferralAvoided,
    string? RejectionReason,
    string? CancellationReason,
    IReadOnlyList<ConsultationHistoryResponse> History,
    IReadOnlyList<ConsultationAction> AllowedActions,
    long LastSequence,
    uint Version);

/// <summary>A request waiting in a specialist's queue.</summary>
public sealed record QueueItemResponse(
    Guid Id,
    string Specialty,
    Urgency Urgency,
    Guid RequestingHospitalId,
    string RequestingHospitalName,
    PatientResponse Patient,
    string Summary,
    DateTimeOffset RequestedAt,
    DateTimeOffset ResponseDueAt,
    bool Overdue,
    long LastSequence);

/// <summary>
/// <c>GET /api/consultations/queue</c>: the open requests routed to the caller's department, most urgent first, then
/// longest waiting. <c>asOf</c> is the change sequence the snapshot reflects exactly: apply live
/// <see cref="ConsultationChanged"/> messages with a higher <c>sequence</c>, and take a new snapshot after reconnecting.
/// </summary>
public sealed record QueueResponse(long AsOf, DateTimeOffset GeneratedAt, IReadOnlyList<QueueItemResponse> Items);

/// <summary>
/// The hub message <c>ConsultationChanged</c>, sent after the change commits to the requesting hospital's group and the
/// groups of the routed departments. <c>sequence</c> orders changes (higher is newer); apply one only when it is above
/// both your snapshot's <c>asOf</c> and the last sequence you applied for that consultation.
/// </summary>
public sealed record ConsultationChanged(
    Guid ConsultationId,
    long Sequence,
    ConsultationStatus Status,
    Urgency Urgency,
    string Specialty,
    Guid RequestingHospitalId,
    Guid? ClaimedBy,
    bool Overdue,
    DateTimeOffset OccurredAt,
    DateTimeOffset RequestedAt,
    DateTimeOffset ResponseDueAt);

/// <summary>
/// <c>GET /api/consultations/response-targets</c>: how long a request of each urgency may wait to be claimed before it is
/// overdue, in minutes, as this alliance configured it.
/// </summary>
public sealed record ResponseTargetResponse(Urgency Urgency, int Minutes);
