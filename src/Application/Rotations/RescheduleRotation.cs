using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Rotations;

/// <summary>
/// Moves a Planned or Active rotation's period (an active one keeps its start). Its ending reminders move with it;
/// an overlap with another of the clinician's rotations is refused by the database (409 rotation_overlap).
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record RescheduleRotation(Guid Id, RescheduleRotationRequest Request, uint? Version) : ICommand<Result>;

public sealed class RescheduleRotationValidator : AbstractValidator<RescheduleRotation>
{
    public RescheduleRotationValidator(TimeProvider clock) =>
        this.IncludePeriodRules(c => c.Request.StartsOn, c => c.Request.EndsOn, clock);
}

public sealed class RescheduleRotationHandler(IAllianceDbContext db, ICurrentUser user)
    : ICommandHandler<RescheduleRotation, Result>
{
    public async ValueTask<Result> Handle(RescheduleRotation command, CancellationToken cancellationToken)
    {
        var found = await db.FindRotationToManageAsync(user, command.Id, command.Version, cancellationToken);
        return found.IsSuccess ? found.Value.Reschedule(command.Request.StartsOn, command.Request.EndsOn) : found.Error;
    }
}
