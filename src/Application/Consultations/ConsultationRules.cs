using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Staff;
using ConsultationStatus = SpecialtyAlliance.Domain.Consultations.ConsultationStatus;
using ConsultationAction = SpecialtyAlliance.Domain.Consultations.ConsultationAction;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>The parties of a consultation, as the rules about who may act need them.</summary>
internal sealed record ConsultationParties(
    Guid RequesterId, Guid RequestingHospitalId, IReadOnlyList<Guid> RoutedDepartmentIds, Guid? ClaimedById)
{
    public static ConsultationParties Of(Consultation c) => new(c.RequesterId, c.RequestingHospitalId, c.RoutedDepartmentIds, c.ClaimedById);
}

/// <summary>
/// Who may make which move of a consultation. The role is checked on each message (403 for a wrong role); the
/// scope (404 outside it) by <see cref="Scope"/>; the order of moves by the aggregate (409); this is the person: the requester answers questions, closes out and
/// cancels (as may the requesting hospital's coordinators); a specialist of a routed department claims and rejects; only
/// the claiming specialist releases, asks for information, schedules, starts and completes. Administrators see
/// everything but take no clinical part.
/// </summary>
internal static class ConsultationRules
{
    public static bool MayAct(ICurrentUser user, ConsultationAction action, ConsultationParties c)
    {
        var me = user.UserId;
        var isRoutedSpecialist = user.Role == StaffRole.Specialist
            && user.DepartmentId is { } department && c.RoutedDepartmentIds.Contains(department);
        var isClaimer = user.Role == StaffRole.Specialist && me is not null && c.ClaimedById == me;
        var isRequester = user.Role == StaffRole.Clinician && me == c.RequesterId;
        return action switch
        {
            ConsultationAction.Claim => isRoutedSpecialist,
            ConsultationAction.Reject => isRoutedSpecialist && (c.ClaimedById is null || isClaimer),
            ConsultationAction.Release or ConsultationAction.RequestInfo or ConsultationAction.Schedule
                or ConsultationAction.Reschedule or ConsultationAction.Start or ConsultationAction.Complete => isClaimer,
            ConsultationAction.ProvideInfo or ConsultationAction.CloseOut => isRequester,
            ConsultationAction.Cancel => isRequester
                || (user.Role == StaffRole.Coordinator && user.HospitalId == c.RequestingHospitalId),
            _ => false,
        };
    }

    /// <summary>The moves the user may make now: allowed by the lifecycle and theirs to make.</summary>
    public static IReadOnlyList<Contracts.Consultations.ConsultationAction> AllowedActions(ICurrentUser user, ConsultationStatus status, ConsultationParties c) =>
        [.. Consultation.Lifecycle.Keys
            .Where(action => Consultation.Allows(status, action) && MayAct(user, action, c))
            .Select(action => action.ToWire())];

    private static string Who(ConsultationAction action) => action switch
    {
        ConsultationAction.Claim => "Only specialists of a department the request is routed to may claim it.",
        ConsultationAction.Reject => "Only specialists of a routed department may reject it (once claimed, only the claiming specialist).",
        ConsultationAction.ProvideInfo or ConsultationAction.CloseOut => "Only the clinician who requested the consultation may do this.",
        ConsultationAction.Cancel => "Only the requesting clinician or a coordinator of the requesting hospital may cancel it.",
        _ => "Only the specialist who claimed the consultation may do this.",
    };

    /// <summary>
    /// Loads a consultation for a move: not found outside the caller's scope (404); a move its status does not allow is
    /// <c>invalid_transition</c> (409) — whoever asks, since in that status nobody may make it; a move that is not theirs
    /// to make is forbidden (403); a stale <paramref name="version"/> is a concurrent edit (409). Tracked, so the move is saved.
    /// </summary>
    public static async Task<Result<Consultation>> LoadForAsync(
        this IAllianceDbContext db, ICurrentUser user, Guid id, ConsultationAction action, uint? version, CancellationToken cancellationToken)
    {
        var consultation = await db.Consultations.VisibleTo(user).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (consultation is null)
        {
            return Error.NotFound("The consultation");
        }

        if (consultation.RefuseIfNotAllowed(action) is { } invalid)
        {
            return invalid;
        }

        if (!MayAct(user, action, ConsultationParties.Of(consultation)))
        {
            return Error.Forbidden(Who(action));
        }

        if (db.CheckVersion(consultation, version) is { } stale)
        {
            return stale;
        }

        return consultation;
    }
}
