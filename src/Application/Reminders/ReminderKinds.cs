using SpecialtyAlliance.Domain.Reminders;

namespace SpecialtyAlliance.Application.Reminders;

/// <summary>What a delivered reminder says: the notification's title, body and link.</summary>
public sealed record ReminderMessage(string Title, string Body, string? Link);

/// <summary>
/// Writes the notification for one kind of reminder, from the reminder's subject as it is at delivery.
/// A new kind of reminder is one of these plus the place that creates its rows — nothing else changes.
/// Returning null means the subject no longer needs it (it was closed meanwhile): the reminder is
/// cancelled instead of sent.
/// </summary>
public interface IReminderComposer
{
    /// <summary>The <see cref="Reminder.Kind"/> this composer writes for.</summary>
    string Kind { get; }

    Task<ReminderMessage?> ComposeAsync(Reminder reminder, CancellationToken cancellationToken);
}

/// <summary>Schedules delivery of reminders at their due time (a Hangfire job, after the commit).</summary>
public interface IReminderScheduler
{
    void Schedule(Guid reminderId, DateTimeOffset dueAt);
}

/// <summary>Pushes a notification live to its recipient (the hub's <c>NotificationReceived</c>).</summary>
public interface INotificationPusher
{
    Task PushAsync(Notification notification, CancellationToken cancellationToken);
}
