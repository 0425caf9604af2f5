using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Events;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Reminders;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>A completion that recommends a follow-up in N days writes the requester's reminder, due N days later.</summary>
public sealed class WriteFollowUpReminder(IAllianceDbContext db, TimeProvider clock) : IDomainEventHandler<ConsultationCompleted>
{
    public async Task HandleAsync(ConsultationCompleted domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent is not { Recommendation: Recommendation.FollowUp, FollowUpDays: { } days })
        {
            return;
        }

        await db.AddOnceAsync(
            ConsultationReminderKinds.FollowUp,
            domainEvent.ConsultationId,
            domainEvent.RequesterId,
            domainEvent.At.AddDays(days),
            clock.GetUtcNow(),
            cancellationToken);
    }
}

/// <summary>随访提醒 — what the follow-up reminder says.</summary>
public sealed class FollowUpReminderComposer(IAllianceDbContext db) : IReminderComposer
{
    public string Kind => ConsultationReminderKinds.FollowUp;

    public async Task<ReminderMessage?> ComposeAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        var c = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == reminder.SubjectId, cancellationToken);
        if (c is not { Status: ConsultationStatus.Completed or ConsultationStatus.Closed, CompletedAt: { } completedAt })
        {
            return null;
        }

        var specialty = Specialty.Find(c.Specialty)?.NameZh ?? c.Specialty;
        var opinion = c.Opinion is { Length: > 300 } text ? text[..300] + "…" : c.Opinion;
        return new ReminderMessage(
            $"随访提醒 · Follow up patient {c.PatientReference}",
            $"{specialty} consultation completed on {ConsultationReminderKinds.Local(completedAt, "yyyy-MM-dd")} recommended following the patient up after {c.FollowUpDays} days. Opinion: {opinion}",
            ConsultationReminderKinds.Link(c.Id));
    }
}
