using System.Text.Json.Serialization;

namespace SpecialtyAlliance.Contracts.Availability;

/// <summary>A one-off block: extra time (Available) or leave (Unavailable, wins over every window).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AvailabilityKind>))]
public enum AvailabilityKind
{
    Weekly,
    Available,
    Unavailable,
}

[JsonConverter(typeof(JsonStringEnumConverter<BookingStatus>))]
public enum BookingStatus
{
    Active,
    Released,
}
