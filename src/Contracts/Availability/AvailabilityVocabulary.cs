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

/// <summary>A day of the week, as <see cref="System.DayOfWeek"/> numbers them (Sunday 0); on the wire by name (Monday …).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WeekDay>))]
public enum WeekDay
{
    Sunday,
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
}

[JsonConverter(typeof(JsonStringEnumConverter<BookingStatus>))]
public enum BookingStatus
{
    Active,
    Released,
}
