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
