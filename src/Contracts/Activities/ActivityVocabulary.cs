using System.Text.Json.Serialization;

namespace SpecialtyAlliance.Contracts.Activities;

[JsonConverter(typeof(JsonStringEnumConverter<ActivityKind>))]
public enum ActivityKind
{
    ThemePartyDay,
    FreeClinic,
    PartyAffairsTraining,
    TeachingRounds,
    SurgicalTeaching,
    AcademicForum,
}

/// <summary>What the caller may do with a joint activity: correct it (<c>PUT /api/activities/{id}</c>, ADR 0037).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActivityAction>))]
public enum ActivityAction
{
    [JsonStringEnumMemberName("edit")]
    Edit,
}
