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
using ConsultationAction = SpecialtyAlliance.Domain.Consultations.ConsultationAction;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>
/// The claiming specialist moves the slot (Scheduled → Scheduled): the old booking is released and the new one booked in
/// the same transaction (the new slot may overlap the old one), and the starting-soon reminders move with it.
/// </summary>
[RequireRoles(StaffRole.Specialist)]
public sealed record RescheduleConsultation(Guid Id, ScheduleRequest Body, uint? Version = null) : ICommand<Result>;

public sealed class RescheduleConsultationValidator : AbstractValidator<RescheduleConsultation>
{
    public RescheduleConsultationValidator(TimeProvider clock) =>
        RuleFor(c => c.Body).NotNull().SetValidator(new ScheduleRequestValidator(clock)).OverridePropertyName(string.Empty);
}

public sealed class RescheduleConsultationHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RescheduleConsultation, Result>
{
    public async ValueTask<Result> Handle(RescheduleConsultation command, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadForAsync(user, command.Id, ConsultationAction.Reschedule, command.Version, cancellationToken);
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

        var rescheduled = consultation.Reschedule(me, startsAt, endsAt, now);
        if (!rescheduled.IsSuccess)
        {
            return rescheduled;
        }

        var old = await db.Bookings
            .Where(b => b.ConsultationId == consultation.Id && b.Status == BookingStatus.Active)
            .ToListAsync(cancellationToken);
        old.ForEach(b => b.Release(now));

        // The release is written first, so the new booking does not collide with the old one in the overlap check;
        // both are in the unit of work's transaction, so either both stand or neither does.
        await db.SaveChangesAsync(cancellationToken);
        db.Bookings.Add(SpecialistBooking.Book(me, consultation.Id, startsAt, endsAt, now));
        return Result.Success();
    }
}
