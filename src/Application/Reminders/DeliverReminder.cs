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

    /// <summary>Nothing to do: already delivered or cancelled (a job run twice), or unknown.</summary>
    NothingToDo,

    /// <summary>Still pending but not due yet: moved later, or the job started early (see <see cref="DeliveryReport.DueAt"/>).</summary>
    NotDueYet,
}

/// <summary>The outcome of a delivery attempt; <see cref="DueAt"/> is set when it was <see cref="DeliveryOutcome.NotDueYet"/>.</summary>
public sealed record DeliveryReport(DeliveryOutcome Outcome, DateTimeOffset? DueAt = null);

/// <summary>
/// Delivers one reminder, exactly once in effect: the flip Pending → Sent is one conditional UPDATE in
/// the unit of work's transaction together with the notification's INSERT, so concurrent or repeated runs of
/// the job make one notification (a second run blocks on the row until the first commits, then finds it no
/// longer Pending). The live push goes out only after the commit. Sent by the scheduled job and by the
/// sweeper, never by people.
/// </summary>
[AllowAnonymousMessage]
public sealed record DeliverReminder(Guid ReminderId) : ICommand<Result<DeliveryReport>>;

public sealed partial class DeliverReminderHandler(
    IAllianceDbContext db,
    IEnumerable<IReminderComposer> composers,
    INotificationPusher pusher,
    IAfterCommit afterCommit,
    TimeProvider clock,
    ILogger<DeliverReminderHandler> logger)
    : ICommandHandler<DeliverReminder, Result<DeliveryReport>>
{
    private static readonly DeliveryReport NothingToDo = new(DeliveryOutcome.NothingToDo);

    public async ValueTask<Result<DeliveryReport>> Handle(DeliverReminder command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reminder = await db.Reminders.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == command.ReminderId && r.Status == ReminderStatus.Pending, cancellationToken);
        if (reminder is null)
        {
            return NothingToDo;
        }

        if (reminder.DueAt > now)
        {
            return new DeliveryReport(DeliveryOutcome.NotDueYet, reminder.DueAt);
        }

        var composer = composers.FirstOrDefault(c => c.Kind == reminder.Kind);
        if (composer is null)
        {
            LogNoComposer(logger, reminder.Kind, reminder.Id);
            return NothingToDo;
        }

        var message = await composer.ComposeAsync(reminder, cancellationToken);
        var outcome = message is null ? ReminderStatus.Cancelled : ReminderStatus.Sent;

        var flipped = await db.Reminders
            .Where(r => r.Id == reminder.Id && r.Status == ReminderStatus.Pending && r.DueAt <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, outcome).SetProperty(r => r.ClosedAt, now), cancellationToken);
        if (flipped == 0)
        {
            // Another run got there first (or the subject moved it meanwhile): do nothing.
            return NothingToDo;
        }

        if (message is null)
        {
            return new DeliveryReport(DeliveryOutcome.Cancelled);
        }

        var notification = Notification.Create(reminder.RecipientId, reminder.Kind, message.Title, message.Body, message.Link, reminder.Id, now);
        db.Notifications.Add(notification);
        afterCommit.Add(ct =>
        {
            LogDelivered(logger, reminder.Kind, reminder.Id, (now - reminder.DueAt).TotalMilliseconds);
            return pusher.PushAsync(notification, ct);
        });
        return new DeliveryReport(DeliveryOutcome.Delivered);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "No composer for reminder kind {Kind} (reminder {ReminderId}); it stays pending")]
    private static partial void LogNoComposer(ILogger logger, string kind, Guid reminderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered {Kind} reminder {ReminderId}, {LateMs:0} ms after it was due")]
    private static partial void LogDelivered(ILogger logger, string kind, Guid reminderId, double lateMs);
}
