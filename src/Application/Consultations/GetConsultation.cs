using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Availability;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Referrals;
using SpecialtyAlliance.Domain.Staff;
using ConsultationStatus = SpecialtyAlliance.Domain.Consultations.ConsultationStatus;
using Urgency = SpecialtyAlliance.Domain.Consultations.Urgency;
using PatientSex = SpecialtyAlliance.Domain.Consultations.PatientSex;
using Recommendation = SpecialtyAlliance.Domain.Consultations.Recommendation;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>One consultation with its history, booking and the moves the caller may make; outside the caller's scope it is not found.</summary>
public sealed record GetConsultation(Guid Id) : IQuery<Result<ConsultationResponse>>;

public sealed class GetConsultationHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetConsultation, Result<ConsultationResponse>>
{
    public async ValueTask<Result<ConsultationResponse>> Handle(GetConsultation query, CancellationToken cancellationToken)
    {
        var c = await db.Consultations.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(x => x.Id == query.Id, cancellationToken);
        if (c is null)
        {
            return Error.NotFound("The consultation");
        }

        var hospitalName = await db.Hospitals.Where(h => h.Id == c.RequestingHospitalId).Select(h => h.Name).SingleAsync(cancellationToken);
        var routed = await db.Departments.AsNoTracking()
            .Where(d => c.RoutedDepartmentIds.Contains(d.Id))
            .OrderBy(d => d.Name)
            .Select(d => new RoutedDepartmentResponse(d.Id, d.Name, d.HospitalId))
            .ToListAsync(cancellationToken);
        var history = await db.ConsultationHistory.AsNoTracking()
            .Where(h => h.ConsultationId == c.Id)
            .OrderBy(h => h.Sequence).ThenBy(h => h.At).ThenBy(h => h.Id)
            .ToListAsync(cancellationToken);
        var people = new[] { c.RequesterId, c.ClaimedById ?? Guid.Empty }.Concat(history.Select(h => h.ActorId)).Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => people.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FullName, cancellationToken);
        var booking = await db.Bookings.AsNoTracking()
            .Where(b => b.ConsultationId == c.Id)
            .OrderBy(b => b.Status == BookingStatus.Active ? 0 : 1).ThenByDescending(b => b.CreatedAt)
            .Select(b => new ConsultationBookingResponse(b.Id, b.SpecialistId, b.StartsAt, b.EndsAt, b.Status.ToWire()))
            .FirstOrDefaultAsync(cancellationToken);

        var allowed = ConsultationRules.AllowedActions(user, c.Status, ConsultationParties.Of(c)).ToList();
        if (await MayReferAsync(c, cancellationToken))
        {
            allowed.Add(Contracts.Consultations.ConsultationAction.Refer);
        }

        var specialty = Specialty.Find(c.Specialty)!;
        return new ConsultationResponse(
            c.Id,
            c.Specialty,
            specialty.NameZh,
            specialty.NameEn,
            c.Urgency.ToWire(),
            c.Status.ToWire(),
            c.RequestingHospitalId,
            hospitalName,
            c.RequestingDepartmentId,
            c.RequesterId,
            names.GetValueOrDefault(c.RequesterId),
            new PatientResponse(c.PatientReference, c.PatientAge, c.PatientSex.ToWire()),
            c.Summary,
            c.Question,
            routed,
            c.RequestedAt,
            c.ResponseDueAt,
            c.IsOverdue(clock.GetUtcNow()),
            c.EscalatedAt,
            c.ClaimedById,
            c.ClaimedById is { } claimer ? names.GetValueOrDefault(claimer) : null,
            c.FirstClaimedAt,
            c.InfoRequest,
            c.InfoResponse,
            booking,
            c.ScheduledStart,
            c.ScheduledEnd,
            c.StartedAt,
            c.CompletedAt,
            c.Opinion,
            c.Recommendation?.ToWire(),
            c.FollowUpDays,
            c.ClosedAt,
            c.Satisfaction,
            c.ReferralAvoided,
            c.RejectionReason,
            c.CancellationReason,
            [.. history.Select(h => new ConsultationHistoryResponse(
                h.Sequence, h.Action.ToWire(), h.From?.ToWire(), h.To.ToWire(), h.ActorId, names.GetValueOrDefault(h.ActorId), h.At, h.Note))],
            allowed,
            c.LastSequence,
            c.Version);
    }

    /// <summary>The requesting side may refer the patient up once the consultation recommended it, while no referral is open.</summary>
    private async Task<bool> MayReferAsync(Consultation c, CancellationToken cancellationToken) =>
        user.Role is StaffRole.Clinician or StaffRole.Coordinator
        && user.HospitalId == c.RequestingHospitalId
        && c.Status is ConsultationStatus.Completed or ConsultationStatus.Closed
        && c.Recommendation == Recommendation.ReferUp
        && !await db.Referrals.AnyAsync(r => r.ConsultationId == c.Id && r.Status != ReferralStatus.Declined, cancellationToken);
}
