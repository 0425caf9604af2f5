using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Rotations;

/// <summary>
/// Corrects a rotation's role and objectives (<see cref="EditRules.MayEditRotation(ICurrentUser, bool, AssistanceRotation)"/>:
/// whoever may move it). Completed or Cancelled keeps its role (409 <c>rotation_role_locked</c>); Cancelled is closed
/// (409 <c>rotation_cancelled</c>); the direction never changes (400 on <c>role</c>).
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record UpdateRotation(Guid Id, UpdateRotationRequest Request, uint Version) : ICommand<Result>;

public sealed class UpdateRotationValidator : AbstractValidator<UpdateRotation>
{
    public UpdateRotationValidator()
    {
        RuleFor(c => c.Request.Role).OneOf("Role").OverridePropertyName("role");
        RuleFor(c => c.Request.Objectives).NotEmpty().MaximumLength(AssistanceRotation.ObjectivesMaxLength).OverridePropertyName("objectives");
    }
}

public sealed class UpdateRotationHandler(IAllianceDbContext db, ICurrentUser user) : ICommandHandler<UpdateRotation, Result>
{
    public async ValueTask<Result> Handle(UpdateRotation command, CancellationToken cancellationToken)
    {
        var found = await db.FindRotationToManageAsync(user, command.Id, command.Version, cancellationToken);
        return found.IsSuccess
            ? found.Value.Correct(command.Request.Objectives, command.Request.Role!.Value.ToDomain())
            : found.Error!;
    }
}
