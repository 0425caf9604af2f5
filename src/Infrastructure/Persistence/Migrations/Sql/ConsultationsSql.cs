namespace SpecialtyAlliance.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Every raw SQL statement of the teleconsultation feature, in one place: what its migration creates that EF Core has
/// no API for (the change sequence, the no-double-booking exclusion constraint), and the two statements that hand out
/// change-sequence numbers at run time (see ADR 0008).
/// </summary>
public static class ConsultationsSql
{
    /// <summary>The name of the exclusion constraint that keeps a specialist's active bookings from overlapping.</summary>
    public const string BookingOverlapConstraint = "ex_specialist_bookings_no_overlap";

    public const string ChangeSequence = "consultation_change_seq";

    /// <summary>Numbers the changes to consultations, in the order they commit (taken under the lock of <see cref="TakeChangeLock"/>).</summary>
    public const string CreateChangeSequence =
        "CREATE SEQUENCE " + ChangeSequence + " AS bigint START WITH 1 INCREMENT BY 1 NO CYCLE;";

    /// <summary>
    /// No specialist ever has two overlapping active bookings: a GiST exclusion over (specialist, [start, end)), partial on
    /// active rows, so released bookings free their time. Needs btree_gist (installed by the first migration) for the uuid equality.
    /// </summary>
    public const string CreateBookingOverlapConstraint =
        "ALTER TABLE specialist_bookings ADD CONSTRAINT " + BookingOverlapConstraint + " "
        + "EXCLUDE USING gist (specialist_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status = 'Active');";

    public const string Up = CreateChangeSequence + "\n" + CreateBookingOverlapConstraint;

    public const string Down =
        "ALTER TABLE IF EXISTS specialist_bookings DROP CONSTRAINT IF EXISTS " + BookingOverlapConstraint + ";\n"
        + "DROP SEQUENCE IF EXISTS " + ChangeSequence + ";";

    /// <summary>
    /// Run time: waits for, then holds until the transaction ends, the change lock — one fixed advisory-lock key in the
    /// one-key space (idempotency keys use the two-key space, which does not overlap it).
    /// </summary>
    public const string TakeChangeLock = "SELECT pg_advisory_xact_lock(73102026)";

    /// <summary>Run time: the next <c>{0}</c> change-sequence numbers, in order (a scalar query: the column is <c>Value</c>).</summary>
    public const string NextChangeSequences =
        "SELECT nextval('" + ChangeSequence + "') AS \"Value\" FROM generate_series(1, {0}) ORDER BY 1";
}
