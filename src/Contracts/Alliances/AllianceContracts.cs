namespace SpecialtyAlliance.Contracts.Alliances;

public sealed record HospitalResponse(
    Guid Id, string Name, string NameEn, HospitalTier Tier, HospitalKind Kind, string Region, uint Version)
{
    /// <summary>What the caller may do with this hospital now (ADR 0041); empty on lists.</summary>
    public IReadOnlyList<HospitalAction> AllowedActions { get; init; } = [];
}

/// <summary>Create or update a hospital. Tier: CityCenter, County, Township, Village. Kind: General, TraditionalChinese, Private.</summary>
public sealed record HospitalRequest(string Name, string NameEn, HospitalTier? Tier, HospitalKind? Kind, string Region, uint? Version = null);

public sealed record DepartmentResponse(
    Guid Id, Guid HospitalId, string Name, string Specialty, string SpecialtyNameZh, string SpecialtyNameEn, Guid? HeadId, uint Version = 0);

public sealed record DepartmentRequest(string Name, string Specialty);

public sealed record PartyBranchResponse(
    Guid Id, Guid HospitalId, string Name, string SecretaryName, int MemberCount, IReadOnlyList<Guid> DepartmentIds, uint Version = 0);

public sealed record PartyBranchRequest(
    Guid HospitalId, string Name, string SecretaryName, int MemberCount, IReadOnlyList<Guid>? DepartmentIds);

public sealed record PairingResponse(
    Guid Id,
    Guid CityDepartmentId,
    string CityDepartmentName,
    Guid CityHospitalId,
    Guid? CityPartyBranchId,
    Guid CountyHospitalId,
    string CountyHospitalName,
    Guid? CountyDepartmentId,
    IReadOnlyList<string> Specialties,
    DateOnly AgreementDate,
    string Goals,
    PairingStatus Status,
    DateTimeOffset StatusChangedAt,
    uint Version)
{
    /// <summary>The moves the caller may make now (ADR 0041).</summary>
    public IReadOnlyList<PairingAction> AllowedActions { get; init; } = [];
}

public sealed record PairingRequest(
    Guid CityDepartmentId,
    Guid? CityPartyBranchId,
    Guid CountyHospitalId,
    Guid? CountyDepartmentId,
    IReadOnlyList<string> Specialties,
    DateOnly AgreementDate,
    string? Goals);

/// <summary>A city department that serves a specialty for a county hospital, by an Active pairing.</summary>
public sealed record RouteResponse(Guid PairingId, Guid CityDepartmentId, string CityDepartmentName, Guid CityHospitalId);
