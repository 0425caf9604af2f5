namespace SpecialtyAlliance.Contracts.TechnologyGaps;

/// <summary>
/// Declares a gap at a county hospital. Scope: Hospital, County, City (whose gap it is). Priority: High, Medium, Low.
/// Identified on defaults to today; the target date is optional until the gap is planned.
/// </summary>
public sealed record TechnologyGapRequest(
    Guid HospitalId,
    string Specialty,
    string Technique,
    string? Description,
    GapScope? Scope,
    GapPriority? Priority,
    DateOnly? IdentifiedOn,
    DateOnly? TargetDate);

/// <summary>Plans (or re-plans) a gap: the mentoring city department, its lead mentor, the target date.</summary>
public sealed record PlanTechnologyGapRequest(Guid MentoringDepartmentId, Guid LeadMentorId, DateOnly TargetDate);

/// <summary>
/// The first case: when, who performed it (a staff member, or a name), the supervising mentor, and a pseudonymous
/// case reference (never a patient's name).
/// </summary>
public sealed record FirstCaseRequest(
    DateOnly PerformedOn, Guid? LeadOperatorId, string? LeadOperatorName, Guid SupervisingMentorId, string CaseReference);

public sealed record EstablishTechnologyGapRequest(DateOnly EstablishedOn);

public sealed record AbandonTechnologyGapRequest(string Reason);

/// <summary>
/// A technology gap. Status: Identified, Planned, FirstCasePerformed, Established, Abandoned. <see cref="Filled"/> is
/// true for FirstCasePerformed and Established; it was filled on <see cref="FirstCaseOn"/>.
/// </summary>
public sealed record TechnologyGapResponse(
    Guid Id,
    Guid HospitalId,
    string HospitalName,
    string Specialty,
    string SpecialtyNameZh,
    string Technique,
    string? Description,
    GapScope Scope,
    GapPriority Priority,
    DateOnly IdentifiedOn,
    DateOnly? TargetDate,
    TechnologyGapStatus Status,
    bool Filled,
    Guid? MentoringDepartmentId,
    string? MentoringDepartmentName,
    Guid? MentoringHospitalId,
    Guid? LeadMentorId,
    string? LeadMentorName,
    DateOnly? FirstCaseOn,
    Guid? LeadOperatorId,
    string? LeadOperatorName,
    Guid? SupervisingMentorId,
    string? SupervisingMentorName,
    string? CaseReference,
    DateOnly? EstablishedOn,
    string? AbandonReason,
    Guid DeclaredById,
    DateTimeOffset DeclaredAt,
    DateTimeOffset StatusChangedAt,
    uint Version)
{
    /// <summary>The moves the caller may make now (ADR 0041).</summary>
    public IReadOnlyList<TechnologyGapAction> AllowedActions { get; init; } = [];
}
