using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Reminders;

namespace SpecialtyAlliance.Application.Reminders;

/// <summary>What one delivery attempt did.</summary>
public enum DeliveryOutcome
{
    /// <summary>The reminder was pending and due: it is now Sent and its notification exists.</summary>
    Delivered,

    /// <summary>Its subject no longer needs it: it is now Cancelled.</summary>
    Cancelled,

    /// <summary>Nothing to do: already delivered or cancelled (a job run twice), or not due yet (moved later).</summary>
    NothingToDo,
}

/// <summary>
/// Delivers one reminder, exactly once in effect: the flip Pending → Sent is one conditional UPDATE in
/// the same transaction as the notification's INSERT, so concurrent or repeated runs of the job make one
/// notification. Sent by the scheduled job and by the sweeper, never by people.
/// </summary>
[AllowAnonymousMessage]
public sealed record DeliverReminder(Guid ReminderId) : ICommand<Result<DeliveryOutcome>>;

public sealed partial class DeliverReminderHandler(
    IAllianceDbContext db,
    IEnumerable<IReminderComposer> composers,
    INotificationPusher pusher,
    TimeProvider clock,
    ILogger<DeliverReminderHandler> logger)
    : ICommandHandler<DeliverReminder, Result<DeliveryOutcome>>
{
    public async ValueTask<Result<DeliveryOutcome>> Handle(DeliverReminder command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reminder = await db.Reminders.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == command.ReminderId && r.Status == ReminderStatus.Pending, cancellationToken);
        if (reminder is null || reminder.DueAt > now)
        {
            return DeliveryOutcome.NothingToDo;
        }

        var composer = composers.FirstOrDefault(c => c.Kind == reminder.Kind);
        if (composer is null)
        {
            LogNoComposer(logger, reminder.Kind, reminder.Id);
            return DeliveryOutcome.NothingToDo;
        }

        var message = await composer.ComposeAsync(reminder, cancellationToken);
        var outcome = message is null ? ReminderStatus.Cancelled : ReminderStatus.Sent;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var flipped = await db.Reminders
            .Where(r => r.Id == reminder.Id && r.Status == ReminderStatus.Pending && r.DueAt <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, outcome).SetProperty(r => r.ClosedAt, now), cancellationToken);
        if (flipped == 0)
        {
            // Another run got there first (or the subject moved it): do nothing.
            return DeliveryOutcome.NothingToDo;
        }

        Notification? notification = null;
        if (message is not null)
        {
            notification = Notification.Create(reminder.RecipientId, reminder.Kind, message.Title, message.Body, message.Link, reminder.Id, now);
            db.Notifications.Add(notification);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (notification is null)
        {
            return DeliveryOutcome.Cancelled;
        }

        LogDelivered(logger, reminder.Kind, reminder.Id, (now - reminder.DueAt).TotalMilliseconds);
        await pusher.PushAsync(notification, cancellationToken);
        return DeliveryOutcome.Delivered;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "No composer for reminder kind {Kind} (reminder {ReminderId}); it stays pending")]
    private static partial void LogNoComposer(ILogger logger, string kind, Guid reminderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered {Kind} reminder {ReminderId}, {LateMs:0} ms after it was due")]
    private static partial void LogDelivered(ILogger logger, string kind, Guid reminderId, double lateMs);
}
