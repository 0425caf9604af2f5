using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Events;
using SpecialtyAlliance.Domain.Rotations;

namespace SpecialtyAlliance.Application.Rotations;

/// <summary>
/// A cancelled rotation no longer answers its support request: when no other live rotation answers it, the request is
/// open again (and shows among the unanswered) — in the same transaction as the cancellation.
/// </summary>
public sealed class SupportRequestAnswers(IAllianceDbContext db, TimeProvider clock) : IDomainEventHandler<RotationStatusChanged>
{
    public async Task HandleAsync(RotationStatusChanged domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.To != RotationStatus.Cancelled)
        {
            return;
        }

        var rotation = await db.Rotations.FindAsync([domainEvent.RotationId], cancellationToken);
        if (rotation?.SupportRequestId is not { } requestId)
        {
            return;
        }

        var stillAnswered = await db.Rotations.AnyAsync(
            r => r.SupportRequestId == requestId && r.Id != rotation.Id && r.Status != RotationStatus.Cancelled, cancellationToken);
        if (stillAnswered)
        {
            return;
        }

        var request = await db.SupportRequests.FindAsync([requestId], cancellationToken);
        request?.Reopen(clock.GetUtcNow());
    }
}
