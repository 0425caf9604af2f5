using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Rotations;

/// <summary>
/// Who may change the alliance's work (seeing it is <see cref="Common.Security.Scope"/>'s business). See ADR 0013:
/// administrators and the city side's coordinators plan and move rotations; a county coordinator asks for support and
/// plans (and moves) the inbound advanced study of their own clinicians.
/// </summary>
internal static class RotationAccess
{
    /// <summary>Whether the user may plan or move a rotation with these parties.</summary>
    public static bool MayManage(ICurrentUser user, bool isCityCoordinator, RotationRole role, Guid homeHospitalId, Guid hostHospitalId)
    {
        if (user.IsAdministrator)
        {
            return true;
        }

        if (user.Role != StaffRole.Coordinator || user.HospitalId is not { } own)
        {
            return false;
        }

        return isCityCoordinator
            ? own == homeHospitalId || own == hostHospitalId
            : role == RotationRole.InboundAdvancedStudy && own == homeHospitalId;
    }

    public static bool MayManage(ICurrentUser user, bool isCityCoordinator, AssistanceRotation rotation) =>
        MayManage(user, isCityCoordinator, rotation.Role, rotation.HomeHospitalId, rotation.HostHospitalId);
}
