using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Auditing;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Common.Abstractions;

/// <summary>
/// The persistence port: EF Core's sets, used directly by handlers (no repositories on top). Partial, so each
/// feature declares its own sets beside its code (<c>IAllianceDbContext.Consultations.cs</c>, …).
/// </summary>
public partial interface IAllianceDbContext
{
    DbSet<Hospital> Hospitals { get; }

    DbSet<Department> Departments { get; }

    DbSet<PartyBranch> PartyBranches { get; }

    DbSet<AlliancePairing> Pairings { get; }

    DbSet<StaffMember> Staff { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<Reminder> Reminders { get; }

    DbSet<Notification> Notifications { get; }

    /// <summary>The unit of work's transaction, raw SQL for the few set-based statements EF cannot express.</summary>
    DatabaseFacade Database { get; }

    /// <summary>Forgets every tracked change (a command that failed must not leak edits into a later save of the same scope).</summary>
    void DiscardChanges();

    /// <summary>
    /// Makes the next save of <paramref name="entity"/> succeed only if the row still has
    /// <paramref name="version"/> (the xmin the client last read); otherwise it fails as a concurrent edit.
    /// </summary>
    void ExpectVersion<T>(T entity, uint version)
        where T : AggregateRoot;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

public static class AllianceDbContextExtensions
{
    /// <summary>
    /// Optimistic concurrency for an edit that names the version the client read: a version that is already
    /// stale fails at once; otherwise the save succeeds only if nobody changes the row in between.
    /// </summary>
    public static Error? CheckVersion<T>(this IAllianceDbContext db, T entity, uint? version)
        where T : AggregateRoot
    {
        if (version is not { } expected)
        {
            return null;
        }

        if (entity.Version != expected)
        {
            return Error.Concurrency();
        }

        db.ExpectVersion(entity, expected);
        return null;
    }
}
