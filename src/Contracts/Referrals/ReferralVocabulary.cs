using System.Text.Json.Serialization;

namespace SpecialtyAlliance.Contracts.Referrals;

[JsonConverter(typeof(JsonStringEnumConverter<ReferralStatus>))]
public enum ReferralStatus
{
    Requested,
    Accepted,
    Admitted,
    Returned,
    Declined,
}

/// <summary>The moves of a referral, named as their routes (<c>POST /api/referrals/{id}/accept</c>…).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReferralAction>))]
public enum ReferralAction
{
    [JsonStringEnumMemberName("accept")]
    Accept,

    [JsonStringEnumMemberName("decline")]
    Decline,

    [JsonStringEnumMemberName("admit")]
    Admit,

    [JsonStringEnumMemberName("return")]
    Return,
}
