using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Common.Events;

/// <summary>
/// Reacts to a domain event inside the same save — so in the same transaction — as the change that raised it:
/// writing a reminder row, moving or cancelling reminders. Live pushes and other after-the-fact work go
/// through <see cref="Abstractions.IAfterCommit"/>.
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
