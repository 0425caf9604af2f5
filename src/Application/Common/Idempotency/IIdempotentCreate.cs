using Mediator;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Common.Idempotency;

/// <summary>
/// A command that creates one record and answers with its id, and that honours the client's <c>Idempotency-Key</c>:
/// <see cref="Behaviors.IdempotencyBehavior{TMessage, TResponse}"/> answers a retry with the first id and creates
/// nothing, and refuses the same key with a different <see cref="Body"/>. The handler knows nothing of keys.
/// </summary>
public interface IIdempotentCreate : ICommand<Result<Guid>>
{
    /// <summary>The key the client sent, already checked for its form by the endpoint; null when none was sent.</summary>
    string? IdempotencyKey { get; }

    /// <summary>What makes two requests "the same": the request body as received.</summary>
    object? Body { get; }
}

/// <summary>
/// Per request (scoped): whether the create just answered was a replay of an earlier one, so the endpoint can say so
/// (<c>Idempotent-Replayed: true</c>).
/// </summary>
public sealed class IdempotencyOutcome
{
    public bool Replayed { get; internal set; }
}
