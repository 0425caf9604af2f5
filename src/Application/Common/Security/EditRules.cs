using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Rotations;
using SpecialtyAlliance.Application.TechnologyGaps;
using SpecialtyAlliance.Domain.Activities;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Domain.TechnologyGaps;

namespace SpecialtyAlliance.Application.Common.Security;

/// <summary>
/// Who may correct a record's fields (ADR 0037), next to who may see it (<see cref="Scope"/>) and who may move it
/// (<see cref="RotationAccess"/>, ADR 0013). Each rule is the same as the one for creating or moving the record, so
/// editing never grants more than making it did. Whether the record's <em>state</em> allows the change is the
/// aggregate's business (its <c>Correct</c> method). These are the rules a response's <c>allowedActions</c> names
/// as <c>edit</c>.
/// </summary>
public static class EditRules
{
    /// <summary>Hospitals: administrators (who add them).</summary>
    public static bool MayEditHospital(this ICurrentUser user) => user.IsAdministrator;

    /// <summary>Departments: administrators and the coordinators of the department's hospital.</summary>
    public static bool MayEditDepartment(this ICurrentUser user, Guid hospitalId) => user.CanManageHospital(hospitalId);

    /// <summary>Party branches: administrators and the coordinators of the branch's hospital.</summary>
    public static bool MayEditPartyBranch(this ICurrentUser user, Guid hospitalId) => user.CanManageHospital(hospitalId);

    /// <summary>Pairings: administrators (who propose, activate, suspend and end them).</summary>
    public static bool MayEditPairing(this ICurrentUser user) => user.IsAdministrator;

    /// <summary>Support requests: administrators and the coordinators of the county hospital that asked.</summary>
    public static bool MayEditSupportRequest(this ICurrentUser user, Guid countyHospitalId) =>
        user.IsAdministrator || (user.Role == StaffRole.Coordinator && user.HospitalId == countyHospitalId);

    public static bool MayEditSupportRequest(this ICurrentUser user, SupportRequest request) =>
        user.MayEditSupportRequest(request.CountyHospitalId);

    /// <summary>Rotations: whoever may move them (<see cref="RotationAccess.MayManage(ICurrentUser, bool, AssistanceRotation)"/>).</summary>
    public static bool MayEditRotation(this ICurrentUser user, bool isCityCoordinator, RotationRole role, Guid homeHospitalId, Guid hostHospitalId) =>
        RotationAccess.MayManage(user, isCityCoordinator, role, homeHospitalId, hostHospitalId);

    public static bool MayEditRotation(this ICurrentUser user, bool isCityCoordinator, AssistanceRotation rotation) =>
        RotationAccess.MayManage(user, isCityCoordinator, rotation);

    /// <summary>
    /// Technology gaps: administrators and the coordinators of the county hospital that declared it. Nobody else — in
    /// particular no clinician or specialist — corrects a gap, filled or not; the first case itself is not edited here.
    /// </summary>
    public static bool MayEditTechnologyGap(this ICurrentUser user, Guid hospitalId) =>
        user.IsAdministrator || (user.Role == StaffRole.Coordinator && user.HospitalId == hospitalId);

    public static bool MayEditTechnologyGap(this ICurrentUser user, TechnologyGap gap) => user.IsCountyCoordinatorOf(gap);

    /// <summary>Joint activities: administrators and the coordinators of a hospital involved (those who may record it).</summary>
    public static bool MayEditActivity(this ICurrentUser user, IReadOnlyList<Guid> hospitalIds) =>
        user.IsAdministrator || (user.Role == StaffRole.Coordinator && user.HospitalId is { } own && hospitalIds.Contains(own));

    public static bool MayEditActivity(this ICurrentUser user, JointActivity activity) => user.MayEditActivity(activity.HospitalIds);
}
