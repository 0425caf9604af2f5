namespace SpecialtyAlliance.Contracts.Alliances;

/// <summary>
/// Corrects a pairing's terms (PUT /api/pairings/{id} with <c>If-Match: "version"</c>): the specialties it covers,
/// the agreement date, the goals and the city party branch. Its parties and status do not change here.
/// </summary>
public sealed record UpdatePairingRequest(
    IReadOnlyList<string> Specialties, DateOnly AgreementDate, string? Goals, Guid? CityPartyBranchId);
