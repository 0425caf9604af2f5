using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Domain.Reminders;

namespace SpecialtyAlliance.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Schedules the delivery job of every reminder a save adds or moves — after the commit, never before:
/// Hangfire writes on its own connection, so a job enqueued earlier would survive a rollback. If
/// scheduling fails after the commit, the row is still there and the sweeper delivers it.
/// </summary>
public sealed partial class ReminderSchedulingInterceptor(
    IReminderScheduler scheduler, IAfterCommit afterCommit, ILogger<ReminderSchedulingInterceptor> logger)
    : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<Reminder>())
        {
            var added = entry.State == EntityState.Added;
            var moved = entry.State == EntityState.Modified && entry.Property(r => r.DueAt).IsModified;
            if ((added || moved) && entry.Entity.Status == ReminderStatus.Pending)
            {
                var (id, dueAt) = (entry.Entity.Id, entry.Entity.DueAt);
                afterCommit.Add(_ => Schedule(id, dueAt));
            }
        }
    }

    private Task Schedule(Guid id, DateTimeOffset dueAt)
    {
        try
        {
            scheduler.Schedule(id, dueAt);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogScheduleFailed(logger, ex, id);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not schedule reminder {ReminderId}; the sweeper will deliver it when due")]
    private static partial void LogScheduleFailed(ILogger logger, Exception exception, Guid reminderId);
}
