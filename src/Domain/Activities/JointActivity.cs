using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Activities;

public enum ActivityKind
{
    /// <summary>主题党日.</summary>
    ThemePartyDay,

    /// <summary>义诊.</summary>
    FreeClinic,

    /// <summary>党务培训.</summary>
    PartyAffairsTraining,

    /// <summary>教学查房.</summary>
    TeachingRounds,

    /// <summary>手术教学.</summary>
    SurgicalTeaching,

    /// <summary>学术论坛 (with <see cref="JointActivity.LiveSurgery"/>: 手术直播).</summary>
    AcademicForum,
}

/// <summary>
/// 联建活动 — something the alliance's hospitals and party branches did together, recorded after it took
/// place: its kind, date, place, who took part, how many people it reached.
/// </summary>
public sealed class JointActivity : AggregateRoot
{
    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 200;
    public const int SummaryMaxLength = 4000;
    public const int MaxCount = 1_000_000;

    private JointActivity()
    {
        Title = null!;
        Place = null!;
        Summary = null!;
    }

    public ActivityKind Kind { get; private set; }

    public string Title { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string Place { get; private set; }

    /// <summary>Surgery was broadcast live (an academic forum's or a surgical teaching's 手术直播).</summary>
    public bool LiveSurgery { get; private set; }

    public IReadOnlyList<Guid> HospitalIds { get; private set; } = [];

    public IReadOnlyList<Guid> PartyBranchIds { get; private set; } = [];

    /// <summary>Staff and party members who took part.</summary>
    public int Participants { get; private set; }

    /// <summary>People served or trained (patients seen at a free clinic, attendees of a forum).</summary>
    public int PeopleReached { get; private set; }

    public string Summary { get; private set; }

    public Guid RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Only forums and surgical teaching can broadcast surgery.</summary>
    public static bool CanHaveLiveSurgery(ActivityKind kind) => kind is ActivityKind.AcademicForum or ActivityKind.SurgicalTeaching;

    public static JointActivity Record(
        ActivityKind kind,
        string title,
        DateOnly heldOn,
        string place,
        bool liveSurgery,
        IReadOnlyList<Guid> hospitalIds,
        IReadOnlyList<Guid> partyBranchIds,
        int participants,
        int peopleReached,
        string summary,
        Guid recordedById,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        ArgumentOutOfRangeException.ThrowIfZero(hospitalIds.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(participants);
        ArgumentOutOfRangeException.ThrowIfNegative(peopleReached);
        if (liveSurgery && !CanHaveLiveSurgery(kind))
        {
            throw new ArgumentException($"A {kind} cannot broadcast surgery.", nameof(liveSurgery));
        }

        return new JointActivity
        {
            Kind = kind,
            Title = title.Trim(),
            HeldOn = heldOn,
            Place = place.Trim(),
            LiveSurgery = liveSurgery,
            HospitalIds = [.. hospitalIds.Distinct()],
            PartyBranchIds = [.. partyBranchIds.Distinct()],
            Participants = participants,
            PeopleReached = peopleReached,
            Summary = summary.Trim(),
            RecordedById = recordedById,
            RecordedAt = now,
        };
    }

    /// <summary>
    /// Corrects the record of what took place. The hospitals involved do not change (they decide who sees it and who
    /// recorded it); live surgery stays limited to the kinds that broadcast it (400 on <c>liveSurgery</c>).
    /// </summary>
    public Result Correct(
        ActivityKind kind, string title, DateOnly heldOn, string place, bool liveSurgery, IReadOnlyList<Guid> partyBranchIds, int participants, int peopleReached, string summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        ArgumentOutOfRangeException.ThrowIfNegative(participants);
        ArgumentOutOfRangeException.ThrowIfNegative(peopleReached);
        if (liveSurgery && !CanHaveLiveSurgery(kind))
        {
            return Error.Validation("liveSurgery", "Only an academic forum or surgical teaching broadcasts surgery.");
        }

        Kind = kind;
        Title = title.Trim();
        HeldOn = heldOn;
        Place = place.Trim();
        LiveSurgery = liveSurgery;
        Guid[] branches = [.. partyBranchIds.Distinct()];
        if (!branches.SequenceEqual(PartyBranchIds))
        {
            PartyBranchIds = branches;
        }

        Participants = participants;
        PeopleReached = peopleReached;
        Summary = summary.Trim();
        return Result.Success();
    }
}
