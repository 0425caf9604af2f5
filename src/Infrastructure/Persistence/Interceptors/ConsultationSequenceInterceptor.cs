using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Consultations;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Infrastructure.Persistence.Migrations.Sql;

namespace SpecialtyAlliance.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Numbers every change to a consultation, as the last step before a save that writes one: it takes the change lock
/// (<c>pg_advisory_xact_lock</c>, held until the transaction ends), then the next numbers of
/// <c>consultation_change_seq</c>, and stamps them on the consultations (<c>last_sequence</c>) and their new history rows.
/// Because the lock is held from taking a number until the commit, numbers become visible in order: a reader that sees
/// sequence N committed knows every lower number is committed or abandoned — which is what makes a queue snapshot's
/// <c>asOf</c> exact (ADR 0008). Each numbered change is queued for the live feed, sent only after the commit.
/// Consultations therefore change only inside a transaction (a command's unit of work); a save outside one is a bug.
/// </summary>
public sealed class ConsultationSequenceInterceptor(IServiceProvider services, IAfterCommit afterCommit, TimeProvider clock)
    : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await StampAsync(context, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            StampAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    private async Task StampAsync(DbContext context, CancellationToken cancellationToken)
    {
        var changed = context.ChangeTracker.Entries<Consultation>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "Consultations change only inside a transaction (a command's unit of work): their change sequence relies on a lock held until the commit.");
        }

        await context.Database.ExecuteSqlRawAsync(ConsultationsSql.TakeChangeLock, cancellationToken);
        var numbers = await context.Database.SqlQueryRaw<long>(ConsultationsSql.NextChangeSequences, changed.Count).ToListAsync(cancellationToken);
        var history = context.ChangeTracker.Entries<ConsultationTransition>().Where(e => e.State == EntityState.Added).ToList();
        var feed = services.GetService<IConsultationFeed>();
        var now = clock.GetUtcNow();
        for (var i = 0; i < changed.Count; i++)
        {
            var entry = changed[i];
            var consultation = entry.Entity;
            var sequence = numbers[i];
            entry.Property(c => c.LastSequence).CurrentValue = sequence;
            foreach (var row in history.Where(h => h.Entity.ConsultationId == consultation.Id))
            {
                row.Property(h => h.Sequence).CurrentValue = sequence;
            }

            // A host with no live channel (the migration and seeding tool of the tests) has no feed: nobody to tell.
            if (feed is not null)
            {
                var change = new ConsultationChanged(
                    consultation.Id,
                    sequence,
                    consultation.Status.ToWire(),
                    consultation.Urgency.ToWire(),
                    consultation.Specialty,
                    consultation.RequestingHospitalId,
                    consultation.ClaimedById,
                    consultation.IsOverdue(now),
                    Microseconds(now),
                    Microseconds(consultation.RequestedAt),
                    Microseconds(consultation.ResponseDueAt));
                var routed = consultation.RoutedDepartmentIds.ToArray();
                afterCommit.Add(ct => feed.PublishAsync(change, routed, ct));
            }
        }
    }

    /// <summary>Times as PostgreSQL keeps them (microseconds), so a live message says what a read of the row says.</summary>
    private static DateTimeOffset Microseconds(DateTimeOffset at) => at.AddTicks(-(at.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
}
