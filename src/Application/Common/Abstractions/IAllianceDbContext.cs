using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Auditing;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Common.Abstractions;

/// <summary>The persistence port: EF Core's sets, used directly by handlers (no repositories on top).</summary>
public interface IAllianceDbContext
{
    DbSet<Hospital> Hospitals { get; }

    DbSet<Department> Departments { get; }

    DbSet<PartyBranch> PartyBranches { get; }

    DbSet<AlliancePairing> Pairings { get; }

    DbSet<StaffMember> Staff { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>
    /// Makes the next save of <paramref name="entity"/> succeed only if the row still has
    /// <paramref name="version"/> (the xmin the client last read); otherwise it fails as a concurrent edit.
    /// </summary>
    void ExpectVersion<T>(T entity, uint version)
        where T : AggregateRoot;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
