using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Domain.Reminders;

namespace SpecialtyAlliance.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Schedules the delivery job of every reminder a save adds or moves — after the commit, never before:
/// Hangfire writes on its own connection, so a job enqueued earlier would survive a rollback. If
/// scheduling fails after the commit, the row is still there and the sweeper delivers it.
/// </summary>
public sealed partial class ReminderSchedulingInterceptor(IReminderScheduler scheduler, ILogger<ReminderSchedulingInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly List<(Guid Id, DateTimeOffset DueAt)> _toSchedule = [];

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

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Without an explicit transaction, the save has committed; with one, wait for its commit.
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            Flush();
        }

        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            Flush();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _toSchedule.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _toSchedule.Clear();
        return Task.CompletedTask;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush();
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _toSchedule.Clear();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _toSchedule.Clear();

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
                _toSchedule.Add((entry.Entity.Id, entry.Entity.DueAt));
            }
        }
    }

    private void Flush()
    {
        foreach (var (id, dueAt) in _toSchedule)
        {
            try
            {
                scheduler.Schedule(id, dueAt);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogScheduleFailed(logger, ex, id);
            }
        }

        _toSchedule.Clear();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not schedule reminder {ReminderId}; the sweeper will deliver it when due")]
    private static partial void LogScheduleFailed(ILogger logger, Exception exception, Guid reminderId);
}
