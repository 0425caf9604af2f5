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
/// The requesting side withdraws the request (Requested, Claimed, InfoRequested or Scheduled → Cancelled): the
/// requester, or a coordinator of the requesting hospital. A booked slot is freed; pending reminders are cancelled.
/// </summary>
[RequireRoles(StaffRole.Clinician, StaffRole.Coordinator)]
public sealed record CancelConsultation(Guid Id, ReasonRequest Body, uint? Version = null) : ICommand<Result>;

public sealed class CancelConsultationValidator : AbstractValidator<CancelConsultation>
{
    public CancelConsultationValidator() =>
        RuleFor(c => c.Body).NotNull().SetValidator(new ReasonRequestValidator()).OverridePropertyName(string.Empty);
}

public sealed class CancelConsultationHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CancelConsultation, Result>
{
    public async ValueTask<Result> Handle(CancelConsultation command, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadForAsync(user, command.Id, ConsultationAction.Cancel, command.Version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var consultation = loaded.Value;
        var now = clock.GetUtcNow();
        var cancelled = consultation.Cancel(user.UserId!.Value, command.Body.Reason, now);
        if (!cancelled.IsSuccess)
        {
            return cancelled;
        }

        var bookings = await db.Bookings
            .Where(b => b.ConsultationId == consultation.Id && b.Status == BookingStatus.Active)
            .ToListAsync(cancellationToken);
        bookings.ForEach(b => b.Release(now));
        return Result.Success();
    }
}
