using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Application.Consultations;
using SpecialtyAlliance.Domain.Consultations;

namespace SpecialtyAlliance.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Numbers every change to a consultation, as the last step before a save that writes one: it takes the change lock
/// (<c>pg_advisory_xact_lock</c>, held until the transaction ends), then the next numbers of
/// <c>consultation_change_seq</c>, and stamps them on the consultations (<c>last_sequence</c>) and their new history rows.
/// Because the lock is held from taking a number until the commit, numbers become visible in order: a reader that sees
/// sequence N committed knows every lower number is committed or abandoned — which is what makes a queue snapshot's
/// <c>asOf</c> exact (ADR 0008). Each numbered change is handed to the application's <c>ConsultationChanges</c>, which composes the live message and sends it after the commit.
/// Consultations therefore change only inside a transaction (a command's unit of work); a save outside one is a bug.
/// </summary>
public sealed class ConsultationSequenceInterceptor(IServiceProvider services)
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

        await context.Database.ExecuteSqlRawAsync(DatabaseObjects.TakeChangeLock, cancellationToken);
        var numbers = await context.Database.SqlQueryRaw<long>(DatabaseObjects.NextChangeSequences, changed.Count).ToListAsync(cancellationToken);
        var history = context.ChangeTracker.Entries<ConsultationTransition>().Where(e => e.State == EntityState.Added).ToList();
        var changes = services.GetService<ConsultationChanges>();
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

            // The live message is the application's to compose and send after the commit; this only numbers the change.
            changes?.Numbered(consultation, sequence);
        }
    }
}
