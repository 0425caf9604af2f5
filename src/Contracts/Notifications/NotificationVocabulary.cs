using System.Text.Json.Serialization;

namespace SpecialtyAlliance.Contracts.Notifications;

[JsonConverter(typeof(JsonStringEnumConverter<ReminderStatus>))]
public enum ReminderStatus
{
    Pending,
    Sent,
    Cancelled,
}
