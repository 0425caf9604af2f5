using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.TechnologyGaps;

/// <summary>The county hospital performs the technique on its own: its coordinators (or an administrator) say so.</summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record EstablishTechnologyGap(Guid Id, EstablishTechnologyGapRequest Request, uint? Version) : ICommand<Result>;

public sealed class EstablishTechnologyGapValidator : AbstractValidator<EstablishTechnologyGap>
{
    public EstablishTechnologyGapValidator(TimeProvider clock) =>
        RuleFor(c => c.Request.EstablishedOn).Cascade(CascadeMode.Stop).NotEmpty().OverridePropertyName("establishedOn")
            .Must(d => d <= clock.Today()).WithMessage("A technique cannot be established in the future.");
}

public sealed class EstablishTechnologyGapHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<EstablishTechnologyGap, Result>
{
    public async ValueTask<Result> Handle(EstablishTechnologyGap command, CancellationToken cancellationToken)
    {
        var found = await db.FindGapToChangeAsync(
            user,
            command.Id,
            command.Version,
            gap => Task.FromResult(user.IsCountyCoordinatorOf(gap)),
            "Only the county hospital's coordinators (or an administrator) say a technique is established.",
            cancellationToken);
        return found.IsSuccess ? found.Value.Establish(command.Request.EstablishedOn, clock.GetUtcNow()) : found.Error;
    }
}
