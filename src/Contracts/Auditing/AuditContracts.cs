namespace SpecialtyAlliance.Contracts.Auditing;

/// <summary>
/// One write to one record: when (UTC), who (null for the system: jobs, demo data), what was done (Added, Modified,
/// Deleted, or an event such as a sign-in), to which record, and each changed field from → to.
/// </summary>
public sealed record AuditEntryResponse(
    long Id,
    DateTimeOffset At,
    Guid? ActorId,
    string? ActorName,
    string Action,
    string Entity,
    string EntityId,
    IReadOnlyList<AuditChangeResponse> Changes);

/// <summary>
/// A changed field, its values as text (a list joined with ", "). <see cref="From"/> is null for a record that was added
/// and for a field that was empty.
/// </summary>
public sealed record AuditChangeResponse(string Field, string? From, string? To);
