using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Consultations;

/// <summary>
/// One row of a consultation's history: who did what, from which status to which, when, with an optional
/// note. <see cref="Sequence"/> is the change-sequence number of the unit of work that wrote it (the same number
/// the consultation carries as its last sequence and the live <c>ConsultationChanged</c> message carries).
/// </summary>
public sealed class ConsultationTransition : Entity
{
    public const int NoteMaxLength = 2000;

    private ConsultationTransition()
    {
    }

    public Guid ConsultationId { get; private set; }

    /// <summary>Assigned when the change is saved (from the database sequence <c>consultation_change_seq</c>).</summary>
    public long Sequence { get; private set; }

    public ConsultationAction Action { get; private set; }

    /// <summary>Null for the request that created the consultation.</summary>
    public ConsultationStatus? From { get; private set; }

    public ConsultationStatus To { get; private set; }

    public Guid ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }

    internal static ConsultationTransition Create(
        Guid consultationId, ConsultationAction action, ConsultationStatus? from, ConsultationStatus to, Guid actorId, DateTimeOffset at, string? note) =>
        new()
        {
            ConsultationId = consultationId,
            Action = action,
            From = from,
            To = to,
            ActorId = actorId,
            At = at,
            Note = string.IsNullOrWhiteSpace(note) ? null : Truncate(note.Trim()),
        };

    private static string Truncate(string note) => note.Length > NoteMaxLength ? note[..NoteMaxLength] : note;
}
