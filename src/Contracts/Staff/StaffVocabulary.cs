using System.Text.Json.Serialization;

namespace SpecialtyAlliance.Contracts.Staff;

/// <summary>What a user does on the platform; one role per user.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StaffRole>))]
public enum StaffRole
{
    Administrator,
    Coordinator,
    Specialist,
    Clinician,
}

/// <summary>
/// What the signed-in person may start (not a move of an existing record: those are each record's
/// <c>allowedActions</c>), as <c>GET /api/me</c> reports it (ADR 0013, ADR 0041).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Capability>))]
public enum Capability
{
    /// <summary>Propose pairings and add hospitals (administrators).</summary>
    [JsonStringEnumMemberName("manage-alliance")]
    ManageAlliance,

    /// <summary>Ask for support for a county hospital.</summary>
    [JsonStringEnumMemberName("ask-for-support")]
    AskForSupport,

    /// <summary>Plan rotations of every role (administrators, city coordinators).</summary>
    [JsonStringEnumMemberName("plan-rotations")]
    PlanRotations,

    /// <summary>Plan the inbound advanced study (进修) of one's own hospital's clinicians (county coordinators; implied by <see cref="PlanRotations"/>).</summary>
    [JsonStringEnumMemberName("plan-inbound-study")]
    PlanInboundStudy,

    /// <summary>Declare a technology gap at a county hospital.</summary>
    [JsonStringEnumMemberName("declare-gap")]
    DeclareGap,

    /// <summary>Record a joint activity that took place.</summary>
    [JsonStringEnumMemberName("record-activity")]
    RecordActivity,

    /// <summary>Request a teleconsultation (county clinicians).</summary>
    [JsonStringEnumMemberName("request-consultation")]
    RequestConsultation,
}

/// <summary>
/// Where a person's account stands (<c>GET /api/staff</c>'s <c>status</c>): invited and not yet joined, active, or
/// deactivated. The staff records still carry it as its name; the web client compares these names, never a spelling.
/// </summary>
public enum AccountStatus
{
    Invited,
    Active,
    Deactivated,
}
