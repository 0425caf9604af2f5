namespace SpecialtyAlliance.Contracts.Rotations;

/// <summary>A county hospital asks for support (its coordinators, or an administrator). Months wanted: 1–24.</summary>
public sealed record SupportRequestRequest(
    Guid CountyHospitalId, Guid? CountyDepartmentId, string Specialty, string Need, int MonthsWanted);

/// <summary>A support request. Status: Open, Answered, Withdrawn.</summary>
public sealed record SupportRequestResponse(
    Guid Id,
    Guid CountyHospitalId,
    string CountyHospitalName,
    Guid? CountyDepartmentId,
    string? CountyDepartmentName,
    string Specialty,
    string SpecialtyNameZh,
    string Need,
    int MonthsWanted,
    SupportRequestStatus Status,
    Guid RequestedById,
    string RequestedByName,
    DateTimeOffset RequestedAt,
    DateTimeOffset StatusChangedAt,
    IReadOnlyList<Guid> RotationIds,
    uint Version)
{
    /// <summary>What the caller may do with this request now (ADR 0041).</summary>
    public IReadOnlyList<SupportRequestAction> AllowedActions { get; init; } = [];
}

/// <summary>
/// Plans a rotation. Role: ResidentExpert, TemporaryDepartmentHead, NursingMentor, VisitingExpert (a city clinician at
/// a county department), or InboundAdvancedStudy (a county clinician at a city department). The home department
/// defaults to the clinician's own. Dates are inclusive.
/// </summary>
public sealed record RotationRequest(
    Guid ClinicianId,
    Guid? HomeDepartmentId,
    Guid HostDepartmentId,
    RotationRole? Role,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Objectives,
    Guid? SupportRequestId);

/// <summary>A rotation. Status: Planned, Active, Completed, Cancelled. Send <see cref="Version"/> as If-Match to move it.</summary>
public sealed record RotationResponse(
    Guid Id,
    Guid ClinicianId,
    string ClinicianName,
    string? ClinicianTitle,
    Guid HomeHospitalId,
    string HomeHospitalName,
    Guid HomeDepartmentId,
    string HomeDepartmentName,
    Guid HostHospitalId,
    string HostHospitalName,
    Guid HostDepartmentId,
    string HostDepartmentName,
    string HostSpecialty,
    RotationRole Role,
    string RoleNameZh,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Objectives,
    Guid? SupportRequestId,
    RotationStatus Status,
    string? CancelReason,
    DateTimeOffset PlannedAt,
    DateTimeOffset StatusChangedAt,
    uint Version)
{
    /// <summary>The moves the caller may make now (ADR 0041).</summary>
    public IReadOnlyList<RotationAction> AllowedActions { get; init; } = [];
}

public sealed record CancelRotationRequest(string Reason);

/// <summary>A new period; an active rotation keeps its start and may only move its end.</summary>
public sealed record RescheduleRotationRequest(DateOnly StartsOn, DateOnly EndsOn);

/// <summary>Who is stationed where today (Asia/Shanghai), and which support requests nobody has answered yet.</summary>
public sealed record CoverageResponse(
    DateOnly AsOf, IReadOnlyList<StationedDepartment> Stationed, IReadOnlyList<SupportRequestResponse> UnansweredRequests);

/// <summary>A county department with someone stationed there today.</summary>
public sealed record StationedDepartment(
    Guid HospitalId, string HospitalName, Guid DepartmentId, string DepartmentName, string Specialty, IReadOnlyList<StationedClinician> Clinicians);

public sealed record StationedClinician(
    Guid RotationId, Guid ClinicianId, string ClinicianName, RotationRole Role, string RoleNameZh, DateOnly StartsOn, DateOnly EndsOn);
