using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using SpecialtyAlliance.Application.Common.Abstractions;

namespace SpecialtyAlliance.Infrastructure.Persistence.Interceptors;

/// <summary>
/// The scope's queue of work to run after the commit (<see cref="IAfterCommit"/>), and the interceptor that
/// runs it: when the transaction commits, or — for a save with no explicit transaction — when the save has
/// committed. A rollback or a failed save drops the queue. A failing action is logged and does not fail the
/// request: the change it follows is already committed.
/// </summary>
public sealed partial class AfterCommitInterceptor(ILogger<AfterCommitInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor, IAfterCommit
{
    private readonly List<Func<CancellationToken, Task>> _actions = [];

    public void Add(Func<CancellationToken, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _actions.Add(action);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await RunAsync();
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            RunAsync().GetAwaiter().GetResult();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            _actions.Clear();
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        RunAsync();

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        RunAsync().GetAwaiter().GetResult();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _actions.Clear();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _actions.Clear();

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _actions.Clear();
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => _actions.Clear();

    private async Task RunAsync()
    {
        if (_actions.Count == 0)
        {
            return;
        }

        var actions = _actions.ToArray();
        _actions.Clear();
        foreach (var action in actions)
        {
            try
            {
                // The change is committed: a client that went away must not stop what follows it.
                await action(CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogActionFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An after-commit action failed; the committed change stands")]
    private static partial void LogActionFailed(ILogger logger, Exception exception);
}
