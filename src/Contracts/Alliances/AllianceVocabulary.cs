using System.Text.Json.Serialization;

namespace SpecialtyAlliance.Contracts.Alliances;

/// <summary>A hospital's level in the alliance.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HospitalTier>))]
public enum HospitalTier
{
    CityCenter,
    County,
    Township,
    Village,
}

[JsonConverter(typeof(JsonStringEnumConverter<HospitalKind>))]
public enum HospitalKind
{
    General,
    TraditionalChinese,
    Private,
}

[JsonConverter(typeof(JsonStringEnumConverter<PairingStatus>))]
public enum PairingStatus
{
    Proposed,
    Active,
    Suspended,
    Ended,
}

/// <summary>The moves of a pairing, named as their routes (<c>POST /api/pairings/{id}/activate</c>…).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PairingAction>))]
public enum PairingAction
{
    [JsonStringEnumMemberName("activate")]
    Activate,

    [JsonStringEnumMemberName("suspend")]
    Suspend,

    [JsonStringEnumMemberName("end")]
    End,

    /// <summary>Correct the record (<c>PUT</c> with If-Match, ADR 0037).</summary>
    [JsonStringEnumMemberName("edit")]
    Edit,
}

/// <summary>What the caller may do with a hospital: change it (<c>PUT</c>), add a department or a party branch.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HospitalAction>))]
public enum HospitalAction
{
    [JsonStringEnumMemberName("edit")]
    Edit,

    [JsonStringEnumMemberName("add-department")]
    AddDepartment,

    [JsonStringEnumMemberName("add-party-branch")]
    AddPartyBranch,
}
