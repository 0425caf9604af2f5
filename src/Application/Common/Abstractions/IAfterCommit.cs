namespace SpecialtyAlliance.Application.Common.Abstractions;

/// <summary>
/// Work that must happen only once the current change is committed — a live push, scheduling a Hangfire job.
/// Anything added here is dropped if the change rolls back; it runs once the transaction (or, without one,
/// the save) commits. Anything that *must* happen is a row written in the same transaction instead (the
/// reminders table is the outbox); this is for what may be lost without harm or is recovered by a sweeper.
/// </summary>
public interface IAfterCommit
{
    void Add(Func<CancellationToken, Task> action);
}
