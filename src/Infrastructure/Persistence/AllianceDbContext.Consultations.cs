using System.Data;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Domain.Availability;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Referrals;

namespace SpecialtyAlliance.Infrastructure.Persistence;

/// <summary>Teleconsultations: consultations and history, availability and bookings, referrals, idempotency keys.</summary>
public sealed partial class AllianceDbContext
{
    public DbSet<Consultation> Consultations => Set<Consultation>();

    public DbSet<ConsultationTransition> ConsultationHistory => Set<ConsultationTransition>();

    public DbSet<AvailabilityWindow> Availability => Set<AvailabilityWindow>();

    public DbSet<SpecialistBooking> Bookings => Set<SpecialistBooking>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public async Task<T> ReadSnapshotAsync<T>(Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A snapshot read needs a transaction of its own; it cannot run inside a command's unit of work.");
        }

        await using var transaction = await Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", cancellationToken);
        var result = await read(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public async Task LockForTransactionAsync(int space, string key, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A transaction-scoped lock needs the unit of work's transaction.");
        }

        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({space}, hashtext({key}))", cancellationToken);
    }
}
