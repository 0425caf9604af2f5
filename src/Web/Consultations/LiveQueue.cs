using SpecialtyAlliance.Contracts.Consultations;

namespace SpecialtyAlliance.Web.Consultations;

/// <summary>
/// One request waiting in the queue, as the page shows it. Requests that arrive live are known first by what the
/// <see cref="ConsultationChanged"/> message says (specialty, urgency, hospital, times); their patient and summary are
/// filled in once read (<see cref="LiveQueue.Fill"/>).
/// </summary>
public sealed record QueueEntry(
    Guid Id,
    string Specialty,
    Urgency Urgency,
    Guid RequestingHospitalId,
    string? RequestingHospitalName,
    PatientResponse? Patient,
    string? Summary,
    DateTimeOffset RequestedAt,
    DateTimeOffset ResponseDueAt,
    long LastSequence,
    DateTimeOffset? ArrivedLiveAt)
{
    /// <summary>Whether the patient and summary are known (a live arrival's are read separately).</summary>
    public bool HasDetails => Patient is not null;

    public static QueueEntry From(QueueItemResponse item) =>
        new(item.Id, item.Specialty, item.Urgency, item.RequestingHospitalId, item.RequestingHospitalName, item.Patient, item.Summary,
            item.RequestedAt, item.ResponseDueAt, item.LastSequence, ArrivedLiveAt: null);
}

/// <summary>What applying one live message did to the queue.</summary>
public enum QueueChange
{
    /// <summary>Not applied: older than the snapshot, or than what was already applied for that consultation (a duplicate or a late one).</summary>
    Ignored,

    /// <summary>Kept until the snapshot being taken arrives.</summary>
    Buffered,

    /// <summary>A request that was not in the queue now waits in it.</summary>
    Added,

    /// <summary>A waiting request changed (its urgency, its due time).</summary>
    Updated,

    /// <summary>A request left the queue (claimed, rejected, cancelled, …).</summary>
    Removed,

    /// <summary>A change of a consultation that is not waiting and was not in the queue: nothing to show.</summary>
    Unchanged,
}

/// <summary>
/// A specialist's live queue: a snapshot (<c>GET /api/consultations/queue</c>) plus the <c>ConsultationChanged</c> messages
/// that follow it, merged so that the result is exactly the server's queue (ADR 0008):
/// <list type="bullet">
/// <item>a message is applied only when its sequence is above the snapshot's <c>asOf</c> (the snapshot already holds it)
/// and above the last sequence applied for that consultation — messages of different transactions can overtake each other,
/// and a message can arrive twice;</item>
/// <item>the last sequence is remembered for consultations that left the queue too, so a late "waiting" message never brings
/// back a request that was claimed meanwhile;</item>
/// <item>messages that arrive while a snapshot is being taken are kept and applied once it arrives (those it already holds
/// are then ignored); after a reconnect the page takes a new snapshot the same way, so nothing sent while the connection was
/// down is lost.</item>
/// </list>
/// Plain C#, no Blazor: the page drives it and renders <see cref="Entries"/>.
/// </summary>
public sealed class LiveQueue
{
    public const ConsultationStatus WaitingStatus = ConsultationStatus.Requested;

    private readonly Dictionary<Guid, QueueEntry> _entries = [];
    private readonly Dictionary<Guid, long> _applied = [];
    private readonly List<ConsultationChanged> _buffer = [];
    private bool _snapshotting = true;

    /// <summary>The change sequence the current snapshot reflects; 0 before the first one.</summary>
    public long AsOf { get; private set; }

    /// <summary>Whether a snapshot has been loaded.</summary>
    public bool Loaded { get; private set; }

    /// <summary>How far the server's clock is ahead of this browser's (from the snapshot's <c>generatedAt</c>).</summary>
    public TimeSpan ClockOffset { get; private set; }

    /// <summary>Every waiting request, most urgent first, then longest waiting (the server's order).</summary>
    public IReadOnlyList<QueueEntry> Entries => [.. _entries.Values.OrderBy(Ordering.UrgencyRank).ThenBy(e => e.RequestedAt).ThenBy(e => e.Id)];

    /// <summary>The requests that arrived live and whose patient and summary are still to be read.</summary>
    public IReadOnlyList<Guid> MissingDetails => [.. _entries.Values.Where(e => !e.HasDetails).Select(e => e.Id)];

    /// <summary>Starts (or restarts, after a reconnect) taking a snapshot: messages are kept until <see cref="Load"/>.</summary>
    public void BeginSnapshot() => _snapshotting = true;

    /// <summary>
    /// Replaces the queue with <paramref name="snapshot"/>, then applies the messages kept meanwhile (those the snapshot
    /// already holds are ignored). <paramref name="receivedAt"/> is this browser's time when the answer arrived.
    /// </summary>
    public void Load(QueueResponse snapshot, DateTimeOffset receivedAt)
    {
        var previous = _entries.ToDictionary(e => e.Key, e => e.Value);
        _entries.Clear();

        // What was applied beyond this snapshot stays known (it cannot be older than the snapshot: it was committed first).
        foreach (var id in _applied.Where(a => a.Value <= snapshot.AsOf).Select(a => a.Key).ToList())
        {
            _applied.Remove(id);
        }

        foreach (var item in snapshot.Items)
        {
            var entry = QueueEntry.From(item);
            if (previous.TryGetValue(item.Id, out var before) && before.ArrivedLiveAt is { } arrived)
            {
                entry = entry with { ArrivedLiveAt = arrived };
            }

            _entries[item.Id] = entry;
            _applied[item.Id] = Math.Max(_applied.GetValueOrDefault(item.Id), item.LastSequence);
        }

        AsOf = snapshot.AsOf;
        ClockOffset = snapshot.GeneratedAt - receivedAt;
        Loaded = true;
        _snapshotting = false;

        var kept = _buffer.OrderBy(c => c.Sequence).ToList();
        _buffer.Clear();
        foreach (var change in kept)
        {
            Apply(change, receivedAt);
        }
    }

    /// <summary>Applies one live message (or keeps it while a snapshot is being taken). <paramref name="now"/>: this browser's time.</summary>
    public QueueChange Apply(ConsultationChanged change, DateTimeOffset now)
    {
        if (_snapshotting)
        {
            _buffer.Add(change);
            return QueueChange.Buffered;
        }

        if (change.Sequence <= AsOf || change.Sequence <= _applied.GetValueOrDefault(change.ConsultationId))
        {
            return QueueChange.Ignored;
        }

        _applied[change.ConsultationId] = change.Sequence;
        var known = _entries.TryGetValue(change.ConsultationId, out var entry);
        if (change.Status != WaitingStatus)
        {
            return known && _entries.Remove(change.ConsultationId) ? QueueChange.Removed : QueueChange.Unchanged;
        }

        if (known)
        {
            _entries[change.ConsultationId] = entry! with
            {
                Urgency = change.Urgency,
                Specialty = change.Specialty,
                RequestedAt = change.RequestedAt,
                ResponseDueAt = change.ResponseDueAt,
                LastSequence = change.Sequence,
            };
            return QueueChange.Updated;
        }

        _entries[change.ConsultationId] = new QueueEntry(
            change.ConsultationId, change.Specialty, change.Urgency, change.RequestingHospitalId, RequestingHospitalName: null,
            Patient: null, Summary: null, change.RequestedAt, change.ResponseDueAt, change.Sequence, ArrivedLiveAt: now);
        return QueueChange.Added;
    }

    /// <summary>Fills in what a live arrival's message did not say, from the consultation as read.</summary>
    public void Fill(ConsultationResponse consultation)
    {
        if (_entries.TryGetValue(consultation.Id, out var entry))
        {
            _entries[consultation.Id] = entry with
            {
                Patient = consultation.Patient,
                Summary = consultation.Summary,
                RequestingHospitalName = consultation.RequestingHospitalName,
            };
        }
    }

    /// <summary>
    /// Takes a request off the queue at once (this specialist just claimed it, or learned that someone else did); the
    /// message saying so follows and changes nothing more.
    /// </summary>
    public void Remove(Guid id) => _entries.Remove(id);

    /// <summary>The server's time now, as this browser estimates it (its clock corrected by the snapshot's).</summary>
    public DateTimeOffset ServerNow(DateTimeOffset browserNow) => browserNow + ClockOffset;

    /// <summary>
    /// Whether a waiting request is past its response target now: from its <c>responseDueAt</c> (fixed when it was
    /// requested) and the server's time, so it turns overdue on screen at the moment it does on the server.
    /// </summary>
    public bool IsOverdue(QueueEntry entry, DateTimeOffset browserNow) => ServerNow(browserNow) >= entry.ResponseDueAt;

    /// <summary>How long a request has waited, by the server's time.</summary>
    public TimeSpan Waited(QueueEntry entry, DateTimeOffset browserNow) => ServerNow(browserNow) - entry.RequestedAt;
}

/// <summary>The queue's order: urgency, most urgent first.</summary>
public static class Ordering
{
    public static int UrgencyRank(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => 0,
        Urgency.Urgent => 1,
        Urgency.Routine => 2,
        _ => 3,
    };

    public static int UrgencyRank(QueueEntry entry) => UrgencyRank(entry.Urgency);
}
