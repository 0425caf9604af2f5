using Hangfire;
using Mediator;
using SpecialtyAlliance.Application.Reminders;

namespace SpecialtyAlliance.Infrastructure.Jobs;

/// <summary>
/// The Hangfire jobs: thin adapters that send a message. They take ids, never entities, and are
/// idempotent — Hangfire runs a job at least once, the message makes the effect happen once.
/// </summary>
public sealed class ReminderJobs(ISender sender, TimeProvider clock)
{
    /// <summary>The stable id of the recurring sweep.</summary>
    public const string SweepJobId = "reminders:sweep";

    /// <summary>
    /// Hangfire keeps scheduled jobs by whole seconds, so a job may start up to a second before its due time;
    /// a start that early waits for the due time instead of giving up. A job for a reminder that was moved
    /// further away does nothing: the move scheduled a job of its own.
    /// </summary>
    internal static readonly TimeSpan EarlyStartTolerance = TimeSpan.FromSeconds(2);

    /// <summary>Added to each wait, since the wall clock and the timer may disagree by a few milliseconds.</summary>
    private static readonly TimeSpan WaitMargin = TimeSpan.FromMilliseconds(20);

    [AutomaticRetry(Attempts = 5)]
    public async Task DeliverAsync(Guid reminderId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var result = await sender.Send(new DeliverReminder(reminderId), cancellationToken);
            if (result is not { IsSuccess: true, Value: { Outcome: DeliveryOutcome.NotDueYet, DueAt: { } dueAt } })
            {
                return;
            }

            var wait = dueAt - clock.GetUtcNow();
            if (wait > EarlyStartTolerance)
            {
                return;
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait + WaitMargin : WaitMargin, clock, cancellationToken);
        }
    }

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task SweepAsync(CancellationToken cancellationToken) =>
        await sender.Send(new SweepReminders(), cancellationToken);
}

/// <summary>Schedules a reminder's delivery job for its due time.</summary>
internal sealed class HangfireReminderScheduler(IBackgroundJobClient jobs) : IReminderScheduler
{
    public void Schedule(Guid reminderId, DateTimeOffset dueAt) =>
        jobs.Schedule<ReminderJobs>(j => j.DeliverAsync(reminderId, CancellationToken.None), dueAt);
}

/// <summary>Every recurring job, registered in one place with a stable id.</summary>
public static class RecurringJobs
{
    public static void Register(IRecurringJobManager manager, JobsOptions options)
    {
        manager.AddOrUpdate<ReminderJobs>(ReminderJobs.SweepJobId, j => j.SweepAsync(CancellationToken.None), options.SweepCron);
        manager.AddOrUpdate<MaintenanceJobs>(MaintenanceJobs.PruneIdempotencyKeysJobId, j => j.PruneIdempotencyKeysAsync(CancellationToken.None), Cron.Hourly(17));
    }
}
