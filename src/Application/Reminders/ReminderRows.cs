using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Reminders;

namespace SpecialtyAlliance.Application.Reminders;

/// <summary>
/// Keeps a subject's reminders of one kind in line with what the subject needs now — for the domain-event handlers
/// that write reminder rows (in the same save, so the same transaction, as the change). Once per recipient: a reminder
/// already sent is never written again, a pending one moves, a recipient no longer concerned has theirs cancelled.
/// </summary>
public static class ReminderRows
{
    /// <summary>
    /// After this, every recipient in <paramref name="recipients"/> has one reminder of <paramref name="kind"/> about
    /// the subject — pending and due at <paramref name="dueAt"/>, or already sent — and nobody else has a pending one.
    /// </summary>
    public static async Task SyncAsync(
        this IAllianceDbContext db,
        string kind,
        string subjectType,
        Guid subjectId,
        IReadOnlyCollection<Guid> recipients,
        DateTimeOffset dueAt,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var existing = await LiveAsync(db, kind, subjectId, cancellationToken);
        foreach (var reminder in existing)
        {
            if (!recipients.Contains(reminder.RecipientId))
            {
                reminder.Cancel(now);
            }
            else if (reminder.DueAt != dueAt)
            {
                reminder.MoveTo(dueAt);
            }
        }

        foreach (var recipient in recipients.Distinct().Where(r => existing.All(e => e.RecipientId != r)))
        {
            db.Reminders.Add(Reminder.Create(kind, subjectType, subjectId, recipient, dueAt, now));
        }
    }

    /// <summary>Cancels every pending reminder of <paramref name="kind"/> about the subject.</summary>
    public static async Task CancelPendingAsync(
        this IAllianceDbContext db, string kind, Guid subjectId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var reminder in await LiveAsync(db, kind, subjectId, cancellationToken))
        {
            reminder.Cancel(now);
        }
    }

    /// <summary>The subject's pending and sent reminders of a kind, including those added earlier in this unit of work.</summary>
    private static async Task<List<Reminder>> LiveAsync(IAllianceDbContext db, string kind, Guid subjectId, CancellationToken cancellationToken)
    {
        await db.Reminders.Where(r => r.Kind == kind && r.SubjectId == subjectId && r.Status != ReminderStatus.Cancelled)
            .LoadAsync(cancellationToken);
        return [.. db.Reminders.Local.Where(r => r.Kind == kind && r.SubjectId == subjectId && r.Status != ReminderStatus.Cancelled)];
    }
}
