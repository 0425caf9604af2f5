using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Availability;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Contracts.Common;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>The reminder kinds about consultations; each is an event handler that writes its rows plus a composer.</summary>
public static class ConsultationReminderKinds
{
    /// <summary>"Follow up in N days": to the requesting clinician, due N days after completion.</summary>
    public const string FollowUp = "consultation-follow-up";

    /// <summary>A scheduled consultation starts in 15 minutes: to the specialist and the requester.</summary>
    public const string StartingSoon = "consultation-starting-soon";

    /// <summary>A request missed its response target: to the requesting hospital's coordinators and the routed departments' heads, once.</summary>
    public const string ResponseMissed = "consultation-response-missed";

    public const string SubjectType = "Consultation";

    /// <summary>How long before the start the starting-soon reminder is due.</summary>
    public static readonly TimeSpan StartingSoonLead = TimeSpan.FromMinutes(15);

    public static string Link(Guid consultationId) => $"/consultations/{consultationId}";

    /// <summary>A time as the alliance reads it (Asia/Shanghai).</summary>
    internal static string Local(DateTimeOffset at, string format = "yyyy-MM-dd HH:mm") =>
        AllianceCalendar.ToLocal(at).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Adds a pending reminder unless one of this kind about this subject for this person already exists (cancelled ones aside).</summary>
    internal static async Task<bool> AddOnceAsync(
        this IAllianceDbContext db, string kind, Guid subjectId, Guid recipientId, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var exists = db.Reminders.Local.Any(r => r.Kind == kind && r.SubjectId == subjectId && r.RecipientId == recipientId && r.Status != ReminderStatus.Cancelled)
            || await db.Reminders.AnyAsync(
                r => r.Kind == kind && r.SubjectId == subjectId && r.RecipientId == recipientId && r.Status != ReminderStatus.Cancelled,
                cancellationToken);
        if (exists)
        {
            return false;
        }

        db.Reminders.Add(Reminder.Create(kind, SubjectType, subjectId, recipientId, dueAt, now));
        return true;
    }
}
