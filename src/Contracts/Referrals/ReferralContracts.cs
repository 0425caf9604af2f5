namespace SpecialtyAlliance.Contracts.Referrals;

/// <summary>The green-channel priorities the referred patient gets at the city hospital.</summary>
public sealed record ReferralPriorities(bool Treatment, bool Examination, bool Admission);

/// <summary><c>POST /api/referrals</c> (the requesting side): from a completed consultation that recommended referring up.</summary>
public sealed record ReferralRequest(Guid ConsultationId, ReferralPriorities Priorities, string? Notes);

/// <summary>The body of <c>accept</c>: the receiving city department and the date the patient is expected.</summary>
public sealed record AcceptReferralRequest(Guid DepartmentId, DateOnly ExpectedDate);

/// <summary>The body of <c>return</c>: the note back to the county hospital (a discharge note, say).</summary>
public sealed record ReturnReferralRequest(string Note);

/// <summary>The body of <c>decline</c>.</summary>
public sealed record DeclineReferralRequest(string Reason);

/// <summary>
/// A referral. Status: Requested, Accepted, Admitted, Returned, Declined. <c>allowedActions</c>: <c>accept</c>,
/// <c>decline</c>, <c>admit</c>, <c>return</c> for the caller now.
/// </summary>
public sealed record ReferralResponse(
    Guid Id,
    Guid ConsultationId,
    string PatientReference,
    string Specialty,
    Guid RequestingHospitalId,
    string RequestingHospitalName,
    Guid ReceivingHospitalId,
    string ReceivingHospitalName,
    Guid ReceivingDepartmentId,
    string ReceivingDepartmentName,
    Guid RequestedById,
    DateTimeOffset RequestedAt,
    ReferralPriorities Priorities,
    string? Notes,
    ReferralStatus Status,
    DateTimeOffset StatusChangedAt,
    DateTimeOffset? AcceptedAt,
    DateOnly? ExpectedDate,
    DateTimeOffset? AdmittedAt,
    DateTimeOffset? ReturnedAt,
    string? ReturnNote,
    DateTimeOffset? DeclinedAt,
    string? DeclineReason,
    IReadOnlyList<ReferralAction> AllowedActions,
    uint Version);
