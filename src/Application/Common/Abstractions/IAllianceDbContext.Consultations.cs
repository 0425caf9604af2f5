using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Domain.Availability;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Referrals;

namespace SpecialtyAlliance.Application.Common.Abstractions;

/// <summary>Teleconsultations: consultations and their history, specialists' availability and bookings, referrals.</summary>
public partial interface IAllianceDbContext
{
    DbSet<Consultation> Consultations { get; }

    DbSet<ConsultationTransition> ConsultationHistory { get; }

    DbSet<AvailabilityWindow> Availability { get; }

    DbSet<SpecialistBooking> Bookings { get; }

    DbSet<Referral> Referrals { get; }

    /// <summary>
    /// Runs <paramref name="read"/> in one REPEATABLE READ, READ ONLY transaction, so everything it reads comes from
    /// the same snapshot of the database (a queue and the sequence it is as of). Not for use inside a command.
    /// </summary>
    Task<T> ReadSnapshotAsync<T>(Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken);
}
