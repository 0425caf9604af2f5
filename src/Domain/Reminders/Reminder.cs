using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Reminders;

public enum ReminderStatus
{
    Pending,
    Sent,
    Cancelled,
}

/// <summary>
/// An intent to tell someone something at a given time: the row is the source of truth (written in the
/// same transaction as the change that causes it), and a scheduled job delivers it. Delivery flips
/// Pending → Sent in one conditional update, so however often a job runs, it is delivered once.
/// </summary>
public sealed class Reminder : Entity
{
    public const int KindMaxLength = 60;
    public const int SubjectTypeMaxLength = 60;

    private Reminder()
    {
        Kind = null!;
        SubjectType = null!;
    }

    /// <summary>A code naming what the reminder is about, such as <c>consultation-follow-up</c>.</summary>
    public string Kind { get; private set; }

    /// <summary>The kind of record it is about (Consultation, Rotation, TechnologyGap).</summary>
    public string SubjectType { get; private set; }

    public Guid SubjectId { get; private set; }

    /// <summary>The staff member to tell.</summary>
    public Guid RecipientId { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public ReminderStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it was delivered, or cancelled.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public static Reminder Create(string kind, string subjectType, Guid subjectId, Guid recipientId, DateTimeOffset dueAt, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectType);
        return new Reminder
        {
            Kind = kind,
            SubjectType = subjectType,
            SubjectId = subjectId,
            RecipientId = recipientId,
            DueAt = dueAt,
            Status = ReminderStatus.Pending,
            CreatedAt = now,
        };
    }

    /// <summary>The subject moved (a consultation rescheduled): a pending reminder moves with it.</summary>
    public void MoveTo(DateTimeOffset dueAt)
    {
        if (Status == ReminderStatus.Pending)
        {
            DueAt = dueAt;
        }
    }

    /// <summary>The subject no longer needs it (a consultation cancelled): a pending reminder is cancelled.</summary>
    public void Cancel(DateTimeOffset now)
    {
        if (Status == ReminderStatus.Pending)
        {
            Status = ReminderStatus.Cancelled;
            ClosedAt = now;
        }
    }
}
