namespace SpecialtyAlliance.Infrastructure.Persistence;

/// <summary>
/// The names of database objects that the running code refers to (constraints it maps to problems, the change
/// sequence and its lock). Migrations do not read these: each migration keeps the literal SQL it ran, so changing a
/// constant here can never rewrite history; <c>DatabaseObjectsTests</c> proves that every name here exists in a
/// migrated database.
/// </summary>
public static class DatabaseObjects
{
    /// <summary>One clinician is never in two overlapping rotations (409 <c>rotation_overlap</c>; AllianceWork migration).</summary>
    public const string RotationOverlapConstraint = "ex_assistance_rotations_clinician_period";

    /// <summary>A specialist's active bookings never overlap (409 <c>slot_taken</c>; Consultations migration).</summary>
    public const string BookingOverlapConstraint = "ex_specialist_bookings_no_overlap";

    /// <summary>Numbers the changes to consultations, in the order they commit (Consultations migration).</summary>
    public const string ChangeSequence = "consultation_change_seq";

    /// <summary>
    /// Run time: waits for, then holds until the transaction ends, the change lock — one fixed advisory-lock key in the
    /// one-key space (idempotency keys use the two-key space, which does not overlap it).
    /// </summary>
    public const string TakeChangeLock = "SELECT pg_advisory_xact_lock(73102026)";

    /// <summary>Run time: the next <c>{0}</c> change-sequence numbers, in order (a scalar query: the column is <c>Value</c>).</summary>
    public const string NextChangeSequences =
        "SELECT nextval('" + ChangeSequence + "') AS \"Value\" FROM generate_series(1, {0}) ORDER BY 1";
}
