using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Referrals;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Referrals;
using SpecialtyAlliance.Domain.Staff;
using ReferralStatus = SpecialtyAlliance.Domain.Referrals.ReferralStatus;

namespace SpecialtyAlliance.Application.Referrals;

/// <summary>
/// Who moves a referral: the city side — a coordinator of the receiving hospital, or a specialist of the receiving
/// department or of a department the consultation was routed to. The requesting side only creates it.
/// </summary>
internal static class ReferralRules
{
    public static bool IsCitySide(ICurrentUser user, Referral referral, IReadOnlyList<Guid> routedDepartmentIds) =>
        (user.Role == StaffRole.Coordinator && user.HospitalId == referral.ReceivingHospitalId)
        || (user.Role == StaffRole.Specialist && user.DepartmentId is { } department
            && (department == referral.ReceivingDepartmentId || routedDepartmentIds.Contains(department)));

    public static IReadOnlyList<ReferralAction> AllowedActions(ICurrentUser user, Referral referral, IReadOnlyList<Guid> routedDepartmentIds)
    {
        if (!IsCitySide(user, referral, routedDepartmentIds))
        {
            return [];
        }

        return referral.Status switch
        {
            ReferralStatus.Requested => [ReferralAction.Accept, ReferralAction.Decline],
            ReferralStatus.Accepted => [ReferralAction.Admit, ReferralAction.Return],
            ReferralStatus.Admitted => [ReferralAction.Return],
            _ => [],
        };
    }

    /// <summary>Loads a referral for a move by the city side: 404 outside scope, 403 for anyone else, 409 for a stale version.</summary>
    public static async Task<Result<Referral>> LoadForMoveAsync(
        this IAllianceDbContext db, ICurrentUser user, Guid id, uint? version, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.VisibleTo(user).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return Error.NotFound("The referral");
        }

        var routed = await db.Consultations.Where(c => c.Id == referral.ConsultationId).Select(c => c.RoutedDepartmentIds).SingleAsync(cancellationToken);
        if (!IsCitySide(user, referral, routed))
        {
            return Error.Forbidden("Only the receiving city hospital's coordinators or the receiving (or routed) department's specialists may do this.");
        }

        return db.CheckVersion(referral, version) is { } stale ? stale : referral;
    }

    /// <summary>Referrals as responses (allowed actions are filled in by the caller).</summary>
    public static IQueryable<ReferralResponse> ToResponses(this IQueryable<Referral> referrals, IAllianceDbContext db) =>
        from r in referrals
        join c in db.Consultations on r.ConsultationId equals c.Id
        join requesting in db.Hospitals on r.RequestingHospitalId equals requesting.Id
        join receiving in db.Hospitals on r.ReceivingHospitalId equals receiving.Id
        join d in db.Departments on r.ReceivingDepartmentId equals d.Id
        select new ReferralResponse(
            r.Id,
            r.ConsultationId,
            c.PatientReference,
            c.Specialty,
            r.RequestingHospitalId,
            requesting.Name,
            r.ReceivingHospitalId,
            receiving.Name,
            r.ReceivingDepartmentId,
            d.Name,
            r.RequestedById,
            r.RequestedAt,
            new ReferralPriorities(r.PriorityTreatment, r.PriorityExamination, r.PriorityAdmission),
            r.Notes,
            r.Status.ToWire(),
            r.StatusChangedAt,
            r.AcceptedAt,
            r.ExpectedDate,
            r.AdmittedAt,
            r.ReturnedAt,
            r.ReturnNote,
            r.DeclinedAt,
            r.DeclineReason,
            Array.Empty<ReferralAction>(),
            r.Version);
}
