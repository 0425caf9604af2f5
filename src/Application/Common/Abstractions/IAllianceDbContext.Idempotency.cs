using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Common.Abstractions;

/// <summary>Idempotent creates: the keys clients sent, with what they created.</summary>
public partial interface IAllianceDbContext
{
    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    /// <summary>
    /// Waits for, then holds until the current transaction ends, a lock on (<paramref name="space"/>, <paramref name="key"/>):
    /// two units of work that take the same lock run one after the other. Needs the unit of work's transaction.
    /// </summary>
    Task LockForTransactionAsync(int space, string key, CancellationToken cancellationToken);
}
