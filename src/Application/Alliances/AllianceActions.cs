using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Alliances;

/// <summary>
/// What the caller may do now with a pairing or a hospital (ADR 0003, 0041): administrators move pairings and change
/// hospitals; administrators and a hospital's own coordinators add its departments and party branches.
/// </summary>
internal static class AllianceActions
{
    public static IReadOnlyList<PairingAction> For(ICurrentUser user, PairingResponse pairing) =>
        !user.IsAdministrator
            ? []
            : pairing.Status switch
            {
                PairingStatus.Proposed or PairingStatus.Suspended => [PairingAction.Activate, PairingAction.End, PairingAction.Edit],
                PairingStatus.Active => [PairingAction.Suspend, PairingAction.End, PairingAction.Edit],
                _ => [],
            };

    public static IReadOnlyList<HospitalAction> For(ICurrentUser user, HospitalResponse hospital) =>
        user.IsAdministrator
            ? [HospitalAction.Edit, HospitalAction.AddDepartment, HospitalAction.AddPartyBranch]
            : user.Role == StaffRole.Coordinator && user.HospitalId == hospital.Id
                ? [HospitalAction.AddDepartment, HospitalAction.AddPartyBranch]
                : [];

    public static PairingResponse WithActions(this PairingResponse pairing, ICurrentUser user) => pairing with { AllowedActions = For(user, pairing) };

    public static HospitalResponse WithActions(this HospitalResponse hospital, ICurrentUser user) => hospital with { AllowedActions = For(user, hospital) };
}
