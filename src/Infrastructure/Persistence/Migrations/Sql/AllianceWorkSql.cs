namespace SpecialtyAlliance.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// The raw SQL of the alliance-work migration (rotations, technology gaps, activities): what EF Core has no API for.
/// Kept here, apart from the generated migration, so regenerating migrations stays mechanical.
/// </summary>
public static class AllianceWorkSql
{
    /// <summary>The constraint that says one clinician is never in two overlapping rotations (409 rotation_overlap).</summary>
    public const string RotationOverlapConstraint = "ex_assistance_rotations_clinician_period";

    /// <summary>The advisory-lock namespace of rotation writes (the first key of the two-key lock): 0x53410001, "SA" + 1.</summary>
    public const string RotationLockClass = "1396768769";

    /// <summary>
    /// No clinician in two rotations that overlap, counting both end days, unless one is cancelled. GiST over
    /// (clinician_id, daterange) — btree_gist supplies the equality operator class for uuid.
    /// </summary>
    public const string UpRotationOverlap = $"""
        ALTER TABLE assistance_rotations
            ADD CONSTRAINT {RotationOverlapConstraint}
            EXCLUDE USING gist (clinician_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&)
            WHERE (status <> 'Cancelled');
        """;

    /// <summary>
    /// Writes of one clinician's rotations take turns: an exclusion constraint checks for conflicts after inserting its
    /// index entry, so concurrent overlapping inserts can each wait for the other and deadlock (40P01) instead of one
    /// failing with 23P01. A transaction-scoped advisory lock per clinician, taken before the row is written, makes the
    /// second writer wait for the first to commit and then see its row (ADR 0014).
    /// </summary>
    public const string UpRotationLock = $"""
        CREATE FUNCTION assistance_rotations_lock_clinician() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND OLD.clinician_id <> NEW.clinician_id THEN
                PERFORM pg_advisory_xact_lock({RotationLockClass}, hashtext(OLD.clinician_id::text));
            END IF;
            PERFORM pg_advisory_xact_lock({RotationLockClass}, hashtext(NEW.clinician_id::text));
            RETURN NEW;
        END;
        $$;

        CREATE TRIGGER assistance_rotations_lock_clinician
            BEFORE INSERT OR UPDATE OF clinician_id, starts_on, ends_on, status ON assistance_rotations
            FOR EACH ROW EXECUTE FUNCTION assistance_rotations_lock_clinician();
        """;

    public const string DownRotationLock = """
        DROP TRIGGER IF EXISTS assistance_rotations_lock_clinician ON assistance_rotations;
        DROP FUNCTION IF EXISTS assistance_rotations_lock_clinician();
        """;

    public const string DownRotationOverlap =
        $"ALTER TABLE assistance_rotations DROP CONSTRAINT IF EXISTS {RotationOverlapConstraint};";
}
