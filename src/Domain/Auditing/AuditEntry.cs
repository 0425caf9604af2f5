namespace SpecialtyAlliance.Domain.Auditing;

/// <summary>One write to one entity: who did it, what changed and when. Written in the same transaction.</summary>
public sealed class AuditEntry
{
    public const int EntityTypeMaxLength = 100;
    public const int ActionMaxLength = 20;

    private AuditEntry()
    {
        EntityType = null!;
        Action = null!;
        Changes = null!;
    }

    public long Id { get; private set; }

    /// <summary>The signed-in user, or null for the system (jobs, demo data).</summary>
    public Guid? ActorId { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; } = string.Empty;

    /// <summary>Added, Modified or Deleted.</summary>
    public string Action { get; private set; }

    /// <summary>A JSON object of changed properties: <c>{"status": {"from": "Active", "to": "Ended"}}</c>.</summary>
    public string Changes { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>
    /// The hospitals whose record this entry is about (a pairing's two sides, a rotation's home and host…): their
    /// coordinators may read it. Empty means administrators only. Fixed when written, like the rest of the entry.
    /// </summary>
    public IReadOnlyList<Guid> HospitalIds { get; private set; } = [];

    public static AuditEntry Create(
        Guid? actorId, string entityType, string entityId, string action, string changes, DateTimeOffset at, IReadOnlyList<Guid>? hospitalIds = null) =>
        new()
        {
            ActorId = actorId,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Changes = changes,
            At = at,
            HospitalIds = [.. (hospitalIds ?? []).Distinct()],
        };
}
