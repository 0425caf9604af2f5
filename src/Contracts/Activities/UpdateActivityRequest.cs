namespace SpecialtyAlliance.Contracts.Activities;

/// <summary>
/// Corrects the record of a joint activity (PUT /api/activities/{id} with <c>If-Match</c>). The hospitals involved do
/// not change: they decide who sees the record.
/// </summary>
public sealed record UpdateActivityRequest(
    ActivityKind? Kind,
    string Title,
    DateOnly HeldOn,
    string Place,
    bool LiveSurgery,
    IReadOnlyList<Guid>? PartyBranchIds,
    int Participants,
    int PeopleReached,
    string Summary);
