using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Consultations;

/// <summary>Any move of a consultation (one per history row).</summary>
public sealed record ConsultationTransitioned(
    Guid ConsultationId, ConsultationAction Action, ConsultationStatus? From, ConsultationStatus To, DateTimeOffset At) : IDomainEvent;

/// <summary>A time slot was booked: the starting-soon reminders are written.</summary>
public sealed record ConsultationScheduled(
    Guid ConsultationId, Guid SpecialistId, Guid RequesterId, DateTimeOffset StartsAt, DateTimeOffset At) : IDomainEvent;

/// <summary>The slot moved: the starting-soon reminders move with it.</summary>
public sealed record ConsultationRescheduled(Guid ConsultationId, DateTimeOffset StartsAt, DateTimeOffset At) : IDomainEvent;

/// <summary>The opinion is written; a follow-up recommendation makes a reminder for the requester.</summary>
public sealed record ConsultationCompleted(
    Guid ConsultationId, Guid RequesterId, Recommendation Recommendation, int? FollowUpDays, DateTimeOffset At) : IDomainEvent;

/// <summary>A request waited past its response target with nobody claiming it: the escalation is written.</summary>
public sealed record ConsultationResponseMissed(Guid ConsultationId, DateTimeOffset At) : IDomainEvent;
