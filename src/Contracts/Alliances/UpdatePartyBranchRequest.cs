namespace SpecialtyAlliance.Contracts.Alliances;

/// <summary>Corrects a party branch (PUT /api/party-branches/{id} with <c>If-Match</c>); its hospital does not change.</summary>
public sealed record UpdatePartyBranchRequest(
    string Name, string SecretaryName, int MemberCount, IReadOnlyList<Guid>? DepartmentIds);
