using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Availability;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Contracts.Common;
using ConsultationAction = SpecialtyAlliance.Domain.Consultations.ConsultationAction;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>
/// The claiming specialist books a slot (Claimed → Scheduled): 15–120 minutes, in the future, inside their published
/// availability. The booking row is what keeps the specialist from being double-booked: the database refuses an active
/// booking that overlaps another of the same specialist (409 <c>slot_taken</c>), however many requests race.
/// </summary>
[RequireRoles(StaffRole.Specialist)]
public sealed record ScheduleConsultation(Guid Id, ScheduleRequest Body, uint? Version = null) : ICommand<Result>;

/// <summary>A slot's shape: in the future, from 15 to 120 minutes long.</summary>
public sealed class ScheduleRequestValidator : AbstractValidator<ScheduleRequest>
{
    public ScheduleRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.StartsAt).Must(start => start > clock.GetUtcNow())
            .WithMessage("The slot must start in the future.");
        RuleFor(r => r.EndsAt)
            .Must((r, end) => end - r.StartsAt >= Consultation.MinSlot && end - r.StartsAt <= Consultation.MaxSlot)
            .WithMessage($"A slot lasts from {Consultation.MinSlot.TotalMinutes:0} to {Consultation.MaxSlot.TotalMinutes:0} minutes (endsAt after startsAt).");
    }
}

public sealed class ScheduleConsultationValidator : AbstractValidator<ScheduleConsultation>
{
    public ScheduleConsultationValidator(TimeProvider clock) =>
        RuleFor(c => c.Body).NotNull().SetValidator(new ScheduleRequestValidator(clock)).OverridePropertyName(string.Empty);
}

public sealed class ScheduleConsultationHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ScheduleConsultation, Result>
{
    public async ValueTask<Result> Handle(ScheduleConsultation command, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadForAsync(user, command.Id, ConsultationAction.Schedule, command.Version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (consultation, me, now) = (loaded.Value, user.UserId!.Value, clock.GetUtcNow());
        var (startsAt, endsAt) = (command.Body.StartsAt.ToUniversalTime(), command.Body.EndsAt.ToUniversalTime());
        if (await db.CheckAvailabilityAsync(me, startsAt, endsAt, cancellationToken) is { } unavailable)
        {
            return unavailable;
        }

        var scheduled = consultation.Schedule(me, startsAt, endsAt, now);
        if (scheduled.IsSuccess)
        {
            db.Bookings.Add(SpecialistBooking.Book(me, consultation.Id, startsAt, endsAt, now));
        }

        return scheduled;
    }
}

internal static class Booking
{
    /// <summary>Null when the slot lies inside the specialist's published availability; otherwise a 409 saying so.</summary>
    public static async Task<Error?> CheckAvailabilityAsync(
        this IAllianceDbContext db, Guid specialistId, DateTimeOffset startsAt, DateTimeOffset endsAt, CancellationToken cancellationToken)
    {
        var windows = await db.Availability.AsNoTracking()
            .Where(w => w.SpecialistId == specialistId
                && (w.Kind == AvailabilityKind.Weekly || (w.StartsAt < endsAt && startsAt < w.EndsAt)))
            .ToListAsync(cancellationToken);
        return AvailabilityRules.Covers(windows, startsAt, endsAt, AllianceCalendar.Zone)
            ? null
            : Error.Conflict(
                "outside_availability",
                "This time is outside the specialist's published availability (a weekly window or an available block, and no unavailable block).");
    }
}
