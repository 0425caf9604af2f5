using System.Text.Json.Serialization;

namespace SpecialtyAlliance.Contracts.TechnologyGaps;

/// <summary>Whose gap it is: the hospital's, the county's, the city's.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GapScope>))]
public enum GapScope
{
    Hospital,
    County,
    City,
}

[JsonConverter(typeof(JsonStringEnumConverter<GapPriority>))]
public enum GapPriority
{
    High,
    Medium,
    Low,
}

[JsonConverter(typeof(JsonStringEnumConverter<TechnologyGapStatus>))]
public enum TechnologyGapStatus
{
    Identified,
    Planned,
    FirstCasePerformed,
    Established,
    Abandoned,
}

/// <summary>The moves of a gap, named as their routes (<c>POST /api/technology-gaps/{id}/plan</c>…).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TechnologyGapAction>))]
public enum TechnologyGapAction
{
    [JsonStringEnumMemberName("plan")]
    Plan,

    [JsonStringEnumMemberName("first-case")]
    FirstCase,

    [JsonStringEnumMemberName("establish")]
    Establish,

    [JsonStringEnumMemberName("abandon")]
    Abandon,

    /// <summary>Correct the record (<c>PUT</c> with If-Match, ADR 0037).</summary>
    [JsonStringEnumMemberName("edit")]
    Edit,
}
