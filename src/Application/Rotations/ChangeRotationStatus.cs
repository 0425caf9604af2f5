using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Rotations;

public enum RotationTransition
{
    Start,
    Complete,
}

/// <summary>Planned → Active (start) or Active → Completed (complete); an invalid move is a 409 invalid_transition.</summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record ChangeRotationStatus(Guid Id, RotationTransition Transition, uint? Version) : ICommand<Result>;

public sealed class ChangeRotationStatusHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ChangeRotationStatus, Result>
{
    public async ValueTask<Result> Handle(ChangeRotationStatus command, CancellationToken cancellationToken)
    {
        var found = await db.FindRotationToManageAsync(user, command.Id, command.Version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var now = clock.GetUtcNow();
        return command.Transition switch
        {
            RotationTransition.Start => found.Value.Start(now),
            RotationTransition.Complete => found.Value.Complete(now),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Transition, null),
        };
    }
}

/// <summary>Planned or Active → Cancelled, with the reason.</summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record CancelRotation(Guid Id, CancelRotationRequest Request, uint? Version) : ICommand<Result>;

public sealed class CancelRotationValidator : AbstractValidator<CancelRotation>
{
    public CancelRotationValidator() =>
        RuleFor(c => c.Request.Reason).NotEmpty().MaximumLength(AssistanceRotation.CancelReasonMaxLength).OverridePropertyName("reason");
}

public sealed class CancelRotationHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CancelRotation, Result>
{
    public async ValueTask<Result> Handle(CancelRotation command, CancellationToken cancellationToken)
    {
        var found = await db.FindRotationToManageAsync(user, command.Id, command.Version, cancellationToken);
        return found.IsSuccess ? found.Value.Cancel(command.Request.Reason, clock.GetUtcNow()) : found.Error;
    }
}

internal static class RotationLookup
{
    /// <summary>The rotation, tracked, if the user sees it (else 404), may manage it (else 403), and names its current version (else 409).</summary>
    public static async Task<Result<AssistanceRotation>> FindRotationToManageAsync(
        this IAllianceDbContext db, ICurrentUser user, Guid id, uint? version, CancellationToken cancellationToken)
    {
        var rotation = await db.Rotations.VisibleTo(db, user).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rotation is null)
        {
            return Error.NotFound("The rotation");
        }

        if (!RotationAccess.MayManage(user, await db.IsCityCoordinatorAsync(user, cancellationToken), rotation))
        {
            return Error.Forbidden("Only administrators and the city side's coordinators move rotations (county coordinators: their clinicians' advanced study).");
        }

        if (db.CheckVersion(rotation, version) is { } stale)
        {
            return stale;
        }

        return rotation;
    }
}
