using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Common.Idempotency;

/// <summary>
/// Forgets Idempotency-Keys older than <see cref="Retention"/>: a retry comes within minutes, and the table would otherwise
/// grow forever. A request repeated with a pruned key is a new request. Run by a recurring job; returns how many it removed.
/// </summary>
[AllowAnonymousMessage]
public sealed record PruneIdempotencyKeys : ICommand<Result<int>>
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);
}

public sealed class PruneIdempotencyKeysHandler(IAllianceDbContext db, TimeProvider clock) : ICommandHandler<PruneIdempotencyKeys, Result<int>>
{
    public async ValueTask<Result<int>> Handle(PruneIdempotencyKeys command, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - PruneIdempotencyKeys.Retention;
        return await db.IdempotencyRecords.Where(r => r.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}
