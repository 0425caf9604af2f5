namespace SpecialtyAlliance.Contracts.Activities;

/// <summary>
/// Records a joint activity that took place. Kind: ThemePartyDay, FreeClinic, PartyAffairsTraining, TeachingRounds,
/// SurgicalTeaching, AcademicForum; <see cref="LiveSurgery"/> marks surgery broadcast live (AcademicForum or
/// SurgicalTeaching only). The hospitals involved include the recording coordinator's own.
/// </summary>
public sealed record ActivityRequest(
    ActivityKind? Kind,
    string Title,
    DateOnly HeldOn,
    string Place,
    bool LiveSurgery,
    IReadOnlyList<Guid> HospitalIds,
    IReadOnlyList<Guid>? PartyBranchIds,
    int Participants,
    int PeopleReached,
    string Summary);

/// <summary>A hospital or party branch named by an activity.</summary>
public sealed record NamedReference(Guid Id, string Name);

public sealed record ActivityResponse(
    Guid Id,
    ActivityKind Kind,
    string KindNameZh,
    string Title,
    DateOnly HeldOn,
    string Place,
    bool LiveSurgery,
    IReadOnlyList<NamedReference> Hospitals,
    IReadOnlyList<NamedReference> PartyBranches,
    int Participants,
    int PeopleReached,
    string Summary,
    Guid RecordedById,
    string RecordedByName,
    DateTimeOffset RecordedAt,
    uint Version)
{
    /// <summary>What the caller may do with this activity (ADR 0041); filled on a single activity's read.</summary>
    public IReadOnlyList<ActivityAction> AllowedActions { get; init; } = [];
}
