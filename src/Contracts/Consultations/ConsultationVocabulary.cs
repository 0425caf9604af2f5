using System.Text.Json.Serialization;

namespace SpecialtyAlliance.Contracts.Consultations;

/// <summary>Where a consultation stands in its lifecycle (ADR 0007).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsultationStatus>))]
public enum ConsultationStatus
{
    Requested,
    Claimed,
    InfoRequested,
    Scheduled,
    InProgress,
    Completed,
    Closed,
    Rejected,
    Cancelled,
}

/// <summary>How soon a consultation needs a response; it sets the response target.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Urgency>))]
public enum Urgency
{
    Routine,
    Urgent,
    Emergency,
}

[JsonConverter(typeof(JsonStringEnumConverter<PatientSex>))]
public enum PatientSex
{
    Female,
    Male,
    Unknown,
}

[JsonConverter(typeof(JsonStringEnumConverter<Recommendation>))]
public enum Recommendation
{
    ManageLocally,
    ReferUp,
    FollowUp,
}

/// <summary>
/// A move of a consultation, named as its route (<c>POST /api/consultations/{id}/claim</c>…): the values of
/// <c>allowedActions</c> and of a history row's <c>action</c> (<c>request</c> is the request itself, <c>refer</c>
/// creates a referral from a completed consultation).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsultationAction>))]
public enum ConsultationAction
{
    [JsonStringEnumMemberName("request")]
    Request,

    [JsonStringEnumMemberName("claim")]
    Claim,

    [JsonStringEnumMemberName("release")]
    Release,

    [JsonStringEnumMemberName("request-info")]
    RequestInfo,

    [JsonStringEnumMemberName("provide-info")]
    ProvideInfo,

    [JsonStringEnumMemberName("schedule")]
    Schedule,

    [JsonStringEnumMemberName("reschedule")]
    Reschedule,

    [JsonStringEnumMemberName("start")]
    Start,

    [JsonStringEnumMemberName("complete")]
    Complete,

    [JsonStringEnumMemberName("close-out")]
    CloseOut,

    [JsonStringEnumMemberName("reject")]
    Reject,

    [JsonStringEnumMemberName("cancel")]
    Cancel,

    [JsonStringEnumMemberName("refer")]
    Refer,
}
