using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Domain.TechnologyGaps;

namespace SpecialtyAlliance.Application.TechnologyGaps;

/// <summary>
/// Corrects a gap's declaration — technique, description, scope, priority, target date
/// (<see cref="EditRules.MayEditTechnologyGap(ICurrentUser, TechnologyGap)"/>: the county hospital's coordinators,
/// administrators; never a clinician or specialist, 403). Filled: technique and target date are history (409
/// <c>gap_filled</c>); Established keeps its technique and Abandoned is closed (409 <c>gap_closed</c>).
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record UpdateTechnologyGap(Guid Id, UpdateTechnologyGapRequest Request, uint Version) : ICommand<Result>;

public sealed class UpdateTechnologyGapValidator : AbstractValidator<UpdateTechnologyGap>
{
    public UpdateTechnologyGapValidator()
    {
        RuleFor(c => c.Request.Technique).NotEmpty().MaximumLength(TechnologyGap.TechniqueMaxLength).OverridePropertyName("technique");
        RuleFor(c => c.Request.Description).MaximumLength(TechnologyGap.DescriptionMaxLength).OverridePropertyName("description");
        RuleFor(c => c.Request.Scope).OneOf("Scope").OverridePropertyName("scope");
        RuleFor(c => c.Request.Priority).OneOf("Priority").OverridePropertyName("priority");
    }
}

public sealed class UpdateTechnologyGapHandler(IAllianceDbContext db, ICurrentUser user) : ICommandHandler<UpdateTechnologyGap, Result>
{
    public async ValueTask<Result> Handle(UpdateTechnologyGap command, CancellationToken cancellationToken)
    {
        var found = await db.FindGapToChangeAsync(
            user,
            command.Id,
            command.Version,
            gap => Task.FromResult(user.MayEditTechnologyGap(gap)),
            "A gap's declaration is corrected by the county hospital's coordinators (or an administrator).",
            cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var r = command.Request;
        return found.Value.Correct(
            r.Technique, r.Description, r.Scope!.Value.ToDomain(), r.Priority!.Value.ToDomain(), r.TargetDate);
    }
}
