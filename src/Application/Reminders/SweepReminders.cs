using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Reminders;

namespace SpecialtyAlliance.Application.Reminders;

/// <summary>
/// The safety net: delivers every pending reminder that is already due — one whose job was lost to a
/// crash, a restart or a database outage. Runs on a schedule and once at start. Returns how many it delivered.
/// Before delivering, it lets each <see cref="IReminderSource"/> write the reminders that arise from time
/// passing rather than from a change (a response target missed).
/// Not a command: each delivery is a unit of work of its own, so one failing delivery does not undo the others.
/// </summary>
[AllowAnonymousMessage]
public sealed record SweepReminders(int BatchSize = 500) : IRequest<Result<int>>;

/// <summary>
/// Writes reminders that are due because time passed (no change caused them); run by the sweeper, which saves
/// what it added. It must add a reminder once per subject and occasion (check for an existing row, or rely on a
/// unique key), since it runs every sweep.
/// </summary>
public interface IReminderSource
{
    Task AddDueRemindersAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

public sealed class SweepRemindersHandler(
    IAllianceDbContext db, IEnumerable<IReminderSource> sources, ISender sender, TimeProvider clock)
    : IRequestHandler<SweepReminders, Result<int>>
{
    public async ValueTask<Result<int>> Handle(SweepReminders command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var source in sources)
        {
            await source.AddDueRemindersAsync(now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        var due = await db.Reminders.AsNoTracking()
            .Where(r => r.Status == ReminderStatus.Pending && r.DueAt <= now)
            .OrderBy(r => r.DueAt)
            .Select(r => r.Id)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);

        var delivered = 0;
        foreach (var id in due)
        {
            var outcome = await sender.Send(new DeliverReminder(id), cancellationToken);
            if (outcome is { IsSuccess: true, Value.Outcome: DeliveryOutcome.Delivered })
            {
                delivered++;
            }
        }

        return delivered;
    }
}
