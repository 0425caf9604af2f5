using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Events;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Reminders;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>Scheduling writes a starting-soon reminder for the specialist and for the requester, due 15 minutes before the start (or at once if closer).</summary>
public sealed class WriteStartingSoonReminders(IAllianceDbContext db, TimeProvider clock) : IDomainEventHandler<ConsultationScheduled>
{
    public async Task HandleAsync(ConsultationScheduled domainEvent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var dueAt = StartingSoon.DueAt(domainEvent.StartsAt, domainEvent.At);
        foreach (var recipient in new[] { domainEvent.SpecialistId, domainEvent.RequesterId }.Distinct())
        {
            var pending = await StartingSoon.PendingAsync(db, domainEvent.ConsultationId, cancellationToken);
            if (pending.FirstOrDefault(r => r.RecipientId == recipient) is { } existing)
            {
                existing.MoveTo(dueAt);
            }
            else
            {
                await db.AddOnceAsync(ConsultationReminderKinds.StartingSoon, domainEvent.ConsultationId, recipient, dueAt, now, cancellationToken);
            }
        }
    }
}

/// <summary>Rescheduling moves the pending starting-soon reminders to the new time.</summary>
public sealed class MoveStartingSoonReminders(IAllianceDbContext db) : IDomainEventHandler<ConsultationRescheduled>
{
    public async Task HandleAsync(ConsultationRescheduled domainEvent, CancellationToken cancellationToken)
    {
        var dueAt = StartingSoon.DueAt(domainEvent.StartsAt, domainEvent.At);
        foreach (var reminder in await StartingSoon.PendingAsync(db, domainEvent.ConsultationId, cancellationToken))
        {
            reminder.MoveTo(dueAt);
        }
    }
}

/// <summary>
/// Reminders a consultation no longer needs are cancelled with the move that makes them pointless: every pending one when
/// it is cancelled or rejected, the starting-soon ones when it starts.
/// </summary>
public sealed class CancelConsultationReminders(IAllianceDbContext db, TimeProvider clock) : IDomainEventHandler<ConsultationTransitioned>
{
    public async Task HandleAsync(ConsultationTransitioned domainEvent, CancellationToken cancellationToken)
    {
        string[]? kinds = domainEvent switch
        {
            { To: ConsultationStatus.Cancelled or ConsultationStatus.Rejected } =>
                [ConsultationReminderKinds.StartingSoon, ConsultationReminderKinds.ResponseMissed, ConsultationReminderKinds.FollowUp],
            { Action: ConsultationAction.Start } => [ConsultationReminderKinds.StartingSoon],
            _ => null,
        };
        if (kinds is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var pending = await db.Reminders
            .Where(r => r.SubjectId == domainEvent.ConsultationId && r.Status == ReminderStatus.Pending && kinds.Contains(r.Kind))
            .ToListAsync(cancellationToken);
        pending.ForEach(r => r.Cancel(now));
    }
}

/// <summary>会诊即将开始 — what the starting-soon reminder says; nothing when the consultation is no longer scheduled at that slot.</summary>
public sealed class StartingSoonReminderComposer(IAllianceDbContext db) : IReminderComposer
{
    public string Kind => ConsultationReminderKinds.StartingSoon;

    public async Task<ReminderMessage?> ComposeAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        var c = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == reminder.SubjectId, cancellationToken);
        if (c is not { Status: ConsultationStatus.Scheduled, ScheduledStart: { } start, ScheduledEnd: { } end }
            || !StartingSoon.IsFor(reminder.DueAt, start))
        {
            return null;
        }

        var names = await db.Staff.AsNoTracking()
            .Where(s => s.Id == c.RequesterId || s.Id == c.ClaimedById)
            .ToDictionaryAsync(s => s.Id, s => s.FullName, cancellationToken);
        var specialty = Specialty.Find(c.Specialty)?.NameZh ?? c.Specialty;
        var specialist = c.ClaimedById is { } id ? names.GetValueOrDefault(id) : null;
        return new ReminderMessage(
            $"会诊即将开始 · Consultation at {ConsultationReminderKinds.Local(start, "HH:mm")} (Asia/Shanghai)",
            $"{specialty} consultation for patient {c.PatientReference}: {ConsultationReminderKinds.Local(start)}–{ConsultationReminderKinds.Local(end, "HH:mm")}, "
                + $"specialist {specialist}, requested by {names.GetValueOrDefault(c.RequesterId)}.",
            ConsultationReminderKinds.Link(c.Id));
    }
}

internal static class StartingSoon
{
    /// <summary>15 minutes before the start, or at once when the start is closer than that.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset startsAt, DateTimeOffset now)
    {
        var due = startsAt - ConsultationReminderKinds.StartingSoonLead;
        return due > now ? due : now;
    }

    /// <summary>Whether a reminder due at <paramref name="dueAt"/> belongs to a slot starting at <paramref name="startsAt"/>.</summary>
    public static bool IsFor(DateTimeOffset dueAt, DateTimeOffset startsAt) =>
        dueAt >= startsAt - ConsultationReminderKinds.StartingSoonLead - TimeSpan.FromSeconds(1) && dueAt <= startsAt;

    public static Task<List<Reminder>> PendingAsync(IAllianceDbContext db, Guid consultationId, CancellationToken cancellationToken) =>
        db.Reminders
            .Where(r => r.Kind == ConsultationReminderKinds.StartingSoon && r.SubjectId == consultationId && r.Status == ReminderStatus.Pending)
            .ToListAsync(cancellationToken);
}
