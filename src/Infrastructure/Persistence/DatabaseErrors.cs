using Microsoft.EntityFrameworkCore;
using Npgsql;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Infrastructure.Persistence;

/// <summary>
/// Turns what the database refused into the platform's errors: a concurrent edit, a unique key or an
/// exclusion constraint (an overlap) becomes a 409 with a stable code. Constraints that stand for a
/// domain rule are listed by name so their code says which rule.
/// </summary>
public static class DatabaseErrors
{
    /// <summary>Constraints that stand for a domain rule, by name, with the code and words a client gets.</summary>
    private static readonly Dictionary<string, (string Code, string Message)> KnownConstraints = new(StringComparer.Ordinal)
    {
        ["ix_hospitals_name"] = ("duplicate_name", "A hospital with this name already exists."),
        ["ix_departments_hospital_id_name"] = ("duplicate_name", "The hospital already has a department with this name."),
        ["ix_party_branches_hospital_id_name"] = ("duplicate_name", "The hospital already has a party branch with this name."),
        [DatabaseObjects.RotationOverlapConstraint] = ("rotation_overlap", "The clinician already has a rotation that overlaps this period."),
        [DatabaseObjects.BookingOverlapConstraint] = ("slot_taken", "This time overlaps another booking of the specialist."),
        ["ux_referrals_open_per_consultation"] = ("referral_exists", "This consultation already has a referral."),
        ["pk_idempotency_keys"] = ("idempotency_conflict", "A request with this Idempotency-Key was being processed at the same moment; retry it."),
    };

    public static Error? Translate(Exception exception)
    {
        switch (exception)
        {
            case DbUpdateConcurrencyException:
                return Error.Concurrency();
            case DbUpdateException { InnerException: PostgresException pg }:
                return Translate(pg);
            case PostgresException pg:
                return Translate(pg);
            default:
                return null;
        }
    }

    private static Error? Translate(PostgresException pg)
    {
        if (pg.ConstraintName is { } name && KnownConstraints.TryGetValue(name, out var known))
        {
            return Error.Conflict(known.Code, known.Message);
        }

        return pg.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => Error.Conflict("duplicate", "A record with the same key already exists."),
            PostgresErrorCodes.ExclusionViolation => Error.Conflict("overlap", "This overlaps an existing record."),
            PostgresErrorCodes.ForeignKeyViolation => Error.Conflict("reference", "A referenced record does not exist or is still in use."),
            PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected =>
                Error.Conflict("concurrency", "Someone else changed this record at the same moment. Try again."),
            _ => null,
        };
    }
}
