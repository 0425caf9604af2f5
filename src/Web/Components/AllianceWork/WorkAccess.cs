using SpecialtyAlliance.Contracts.Activities;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Contracts.TechnologyGaps;

namespace SpecialtyAlliance.Web.Components.AllianceWork;

/// <summary>
/// Which moves of the alliance's work the pages offer the signed-in person (ADR 0013's rules, read from the client's
/// side). It only decides what is shown: the API decides what is allowed, and a refusal is explained like any other.
/// </summary>
public sealed record WorkAccess(MeResponse Me, bool OnCitySide)
{
    public const string InboundAdvancedStudy = "InboundAdvancedStudy";

    public bool IsAdministrator => Me.Role == Roles.Administrator;

    public bool IsCoordinator => Me.Role == Roles.Coordinator;

    /// <summary>A coordinator of a city center hospital: "the city side" that plans rotations and mentoring.</summary>
    public bool IsCityCoordinator => IsCoordinator && OnCitySide;

    public bool IsCountyCoordinator => IsCoordinator && !OnCitySide;

    private bool IsOwn(Guid? hospitalId) => hospitalId is { } id && id == Me.HospitalId;

    // Support requests.
    public bool MayAskForSupport => IsAdministrator || IsCountyCoordinator;

    public bool MayWithdraw(SupportRequestResponse request) =>
        request.Status == "Open" && (IsAdministrator || (IsCoordinator && IsOwn(request.CountyHospitalId)));

    /// <summary>The city side answers a request (Open or already Answered) with a rotation.</summary>
    public bool MayPlanFor(SupportRequestResponse request) =>
        request.Status != "Withdrawn" && (IsAdministrator || IsCityCoordinator);

    // Rotations.
    public bool MayPlanRotations => IsAdministrator || IsCoordinator;

    /// <summary>Whether the person may plan a rotation of this role (a county coordinator: their clinicians' advanced study only).</summary>
    public bool MayPlanRole(string role) => IsAdministrator || IsCityCoordinator || (IsCountyCoordinator && role == InboundAdvancedStudy);

    public bool MayMove(RotationResponse rotation) =>
        rotation.Status is "Planned" or "Active"
        && (IsAdministrator
            || (IsCityCoordinator && (IsOwn(rotation.HomeHospitalId) || IsOwn(rotation.HostHospitalId)))
            || (IsCountyCoordinator && rotation.Role == InboundAdvancedStudy && IsOwn(rotation.HomeHospitalId)));

    // Technology gaps.
    public bool MayDeclareGap => IsAdministrator || IsCountyCoordinator;

    public bool MayPlan(TechnologyGapResponse gap) =>
        gap.Status is "Identified" or "Planned" && (IsAdministrator || IsCityCoordinator);

    public bool MayRecordFirstCase(TechnologyGapResponse gap) =>
        gap.Status == "Planned"
        && (IsAdministrator
            || (IsCoordinator && IsOwn(gap.HospitalId))
            || (Me.Role == Roles.Specialist && gap.MentoringDepartmentId is { } mentoring && Me.DepartmentId == mentoring));

    public bool MayEstablish(TechnologyGapResponse gap) =>
        gap.Status == "FirstCasePerformed" && (IsAdministrator || (IsCoordinator && IsOwn(gap.HospitalId)));

    public bool MayAbandon(TechnologyGapResponse gap) =>
        gap.Status is "Identified" or "Planned" or "FirstCasePerformed"
        && (IsAdministrator || (IsCoordinator && (IsOwn(gap.HospitalId) || IsOwn(gap.MentoringHospitalId))));

    // Joint activities.
    public bool MayRecordActivity => IsAdministrator || IsCoordinator;

    // Corrections (ADR 0037; the server's EditRules). The state's own limits are the server's 409s.
    public bool MayEdit(SupportRequestResponse request) =>
        request.Status != "Withdrawn" && (IsAdministrator || (IsCoordinator && IsOwn(request.CountyHospitalId)));

    public bool MayEdit(RotationResponse rotation) =>
        rotation.Status != "Cancelled"
        && (IsAdministrator
            || (IsCityCoordinator && (IsOwn(rotation.HomeHospitalId) || IsOwn(rotation.HostHospitalId)))
            || (IsCountyCoordinator && rotation.Role == InboundAdvancedStudy && IsOwn(rotation.HomeHospitalId)));

    public bool MayEdit(TechnologyGapResponse gap) => IsAdministrator || (IsCoordinator && IsOwn(gap.HospitalId));

    public bool MayEdit(ActivityResponse activity) => IsAdministrator || (IsCoordinator && activity.Hospitals.Any(h => IsOwn(h.Id)));

    /// <summary>Live surgery is a flag of an academic forum or a surgical teaching only.</summary>
    public static bool AllowsLiveSurgery(string? kind) => kind is "AcademicForum" or "SurgicalTeaching";

    /// <summary>A person's rights given the hospitals they see (the tier of their own hospital says which side they are on).</summary>
    public static WorkAccess For(MeResponse me, IEnumerable<Contracts.Alliances.HospitalResponse> hospitals) =>
        new(me, hospitals.FirstOrDefault(h => h.Id == me.HospitalId)?.Tier == "CityCenter");
}
