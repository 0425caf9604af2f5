using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Rotations;

/// <summary>
/// What the caller may do now with a rotation or a support request (ADR 0013's rules, ADR 0041): the same rules the
/// moves enforce, so the client offers exactly what the server would accept.
/// </summary>
internal static class WorkActions
{
    private static readonly RotationAction[] PlannedMoves = [RotationAction.Start, RotationAction.Reschedule, RotationAction.Cancel, RotationAction.Edit];
    private static readonly RotationAction[] ActiveMoves = [RotationAction.Complete, RotationAction.Reschedule, RotationAction.Cancel, RotationAction.Edit];

    /// <summary>A completed rotation's objectives can still be corrected (ADR 0037); a cancelled one is closed.</summary>
    private static readonly RotationAction[] CompletedMoves = [RotationAction.Edit];

    public static IReadOnlyList<RotationAction> For(ICurrentUser user, bool isCityCoordinator, RotationResponse rotation)
    {
        if (!RotationAccess.MayManage(user, isCityCoordinator, rotation.Role.ToDomain(), rotation.HomeHospitalId, rotation.HostHospitalId))
        {
            return [];
        }

        return rotation.Status switch
        {
            RotationStatus.Planned => PlannedMoves,
            RotationStatus.Active => ActiveMoves,
            RotationStatus.Completed => CompletedMoves,
            _ => [],
        };
    }

    /// <summary>
    /// Withdraw: an Open request, by its county hospital's coordinators or an administrator. Plan a rotation for it: a
    /// request not withdrawn, by the city side (city coordinators, administrators).
    /// </summary>
    public static IReadOnlyList<SupportRequestAction> For(ICurrentUser user, bool isCityCoordinator, SupportRequestResponse request)
    {
        var actions = new List<SupportRequestAction>(2);
        if (request.Status != SupportRequestStatus.Withdrawn && (user.IsAdministrator || isCityCoordinator))
        {
            actions.Add(SupportRequestAction.PlanRotation);
        }

        if (request.Status == SupportRequestStatus.Open
            && (user.IsAdministrator || (user.Role == StaffRole.Coordinator && user.HospitalId == request.CountyHospitalId)))
        {
            actions.Add(SupportRequestAction.Withdraw);
        }

        if (request.Status != SupportRequestStatus.Withdrawn && user.MayEditSupportRequest(request.CountyHospitalId))
        {
            actions.Add(SupportRequestAction.Edit);
        }

        return actions;
    }

    public static RotationResponse WithActions(this RotationResponse rotation, ICurrentUser user, bool isCityCoordinator) =>
        rotation with { AllowedActions = For(user, isCityCoordinator, rotation) };

    public static SupportRequestResponse WithActions(this SupportRequestResponse request, ICurrentUser user, bool isCityCoordinator) =>
        request with { AllowedActions = For(user, isCityCoordinator, request) };
}
