using System.Text.Json.Serialization;

namespace SpecialtyAlliance.Contracts.Rotations;

/// <summary>
/// What a rotation is: a city clinician at a county department (resident expert, temporary department head, nursing
/// mentor, visiting expert) or a county clinician studying at a city department (inbound advanced study, 进修).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RotationRole>))]
public enum RotationRole
{
    ResidentExpert,
    TemporaryDepartmentHead,
    NursingMentor,
    VisitingExpert,
    InboundAdvancedStudy,
}

[JsonConverter(typeof(JsonStringEnumConverter<RotationStatus>))]
public enum RotationStatus
{
    Planned,
    Active,
    Completed,
    Cancelled,
}

[JsonConverter(typeof(JsonStringEnumConverter<SupportRequestStatus>))]
public enum SupportRequestStatus
{
    Open,
    Answered,
    Withdrawn,
}

/// <summary>The moves of a rotation, named as their routes (<c>POST /api/rotations/{id}/start</c>…).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RotationAction>))]
public enum RotationAction
{
    [JsonStringEnumMemberName("start")]
    Start,

    [JsonStringEnumMemberName("complete")]
    Complete,

    [JsonStringEnumMemberName("cancel")]
    Cancel,

    [JsonStringEnumMemberName("reschedule")]
    Reschedule,

    /// <summary>Correct the record (<c>PUT</c> with If-Match, ADR 0037).</summary>
    [JsonStringEnumMemberName("edit")]
    Edit,
}

/// <summary>
/// What the caller may do with a support request: withdraw it (<c>POST /api/support-requests/{id}/withdraw</c>) or
/// answer it with a rotation (<c>POST /api/rotations</c> naming it).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SupportRequestAction>))]
public enum SupportRequestAction
{
    [JsonStringEnumMemberName("withdraw")]
    Withdraw,

    [JsonStringEnumMemberName("plan-rotation")]
    PlanRotation,

    /// <summary>Correct the record (<c>PUT</c> with If-Match, ADR 0037).</summary>
    [JsonStringEnumMemberName("edit")]
    Edit,
}
