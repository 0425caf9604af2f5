using Hangfire;
using Mediator;
using SpecialtyAlliance.Application.Reminders;

namespace SpecialtyAlliance.Infrastructure.Jobs;

/// <summary>
/// The Hangfire jobs: thin adapters that send a message. They take ids, never entities, and are
/// idempotent — Hangfire runs a job at least once, the message makes the effect happen once.
/// </summary>
public sealed class ReminderJobs(ISender sender)
{
    /// <summary>The stable id of the recurring sweep.</summary>
    public const string SweepJobId = "reminders:sweep";

    [AutomaticRetry(Attempts = 5)]
    public async Task DeliverAsync(Guid reminderId, CancellationToken cancellationToken) =>
        await sender.Send(new DeliverReminder(reminderId), cancellationToken);

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
    public static void Register(IRecurringJobManager manager, JobsOptions options) =>
        manager.AddOrUpdate<ReminderJobs>(ReminderJobs.SweepJobId, j => j.SweepAsync(CancellationToken.None), options.SweepCron);
}
