using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Common.Behaviors;

/// <summary>
/// The Idempotency-Key rule for every <see cref="IIdempotentCreate"/> (ADR 0011), in one place. Innermost, inside the
/// unit of work: the key is looked up under its advisory lock (so concurrent duplicates queue), and the record of a
/// first create is added to the same transaction as what it created — a failed create records nothing. The operation
/// is the command's name, so one key cannot stand for two kinds of create.
/// </summary>
public sealed class IdempotencyBehavior<TMessage, TResponse>(
    IAllianceDbContext db, ICurrentUser user, TimeProvider clock, IdempotencyOutcome outcome)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IIdempotentCreate
{
    private const int CreatedStatus = 201;

    private static readonly string Operation = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message.IdempotencyKey is not { } key || user.UserId is not { } me)
        {
            return await next(message, cancellationToken);
        }

        var fingerprint = IdempotencyKeys.Fingerprint(message.Body);
        var earlier = await db.FindAsync(me, key, Operation, fingerprint, cancellationToken);
        if (!earlier.IsSuccess)
        {
            return Failures<TResponse>.Create(earlier.Error);
        }

        if (earlier.Value is { } id)
        {
            outcome.Replayed = true;
            return (TResponse)(object)Result<Guid>.Success(id);
        }

        var response = await next(message, cancellationToken);
        if (response is Result<Guid> { IsSuccess: true } created)
        {
            db.Remember(me, key, Operation, fingerprint, created.Value, CreatedStatus, clock.GetUtcNow());
        }

        return response;
    }
}
