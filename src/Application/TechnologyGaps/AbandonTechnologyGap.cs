using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Domain.TechnologyGaps;

namespace SpecialtyAlliance.Application.TechnologyGaps;

/// <summary>
/// Gives a gap up, with the reason: the county hospital's coordinators, the coordinators of the hospital mentoring it,
/// or an administrator. Its target-date reminders are cancelled.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record AbandonTechnologyGap(Guid Id, AbandonTechnologyGapRequest Request, uint? Version) : ICommand<Result>;

public sealed class AbandonTechnologyGapValidator : AbstractValidator<AbandonTechnologyGap>
{
    public AbandonTechnologyGapValidator() =>
        RuleFor(c => c.Request.Reason).NotEmpty().MaximumLength(TechnologyGap.ReasonMaxLength).OverridePropertyName("reason");
}

public sealed class AbandonTechnologyGapHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AbandonTechnologyGap, Result>
{
    public async ValueTask<Result> Handle(AbandonTechnologyGap command, CancellationToken cancellationToken)
    {
        var found = await db.FindGapToChangeAsync(
            user,
            command.Id,
            command.Version,
            gap => Task.FromResult(user.IsCountyCoordinatorOf(gap) || (gap.MentoringHospitalId is not null && user.HospitalId == gap.MentoringHospitalId)),
            "Only the coordinators of the county hospital or of the mentoring hospital (or an administrator) abandon a gap.",
            cancellationToken);
        return found.IsSuccess ? found.Value.Abandon(command.Request.Reason, clock.GetUtcNow()) : found.Error;
    }
}
