using SpecialtyAlliance.Contracts.Common;

namespace SpecialtyAlliance.Application.Common;

/// <summary>
/// The alliance's calendar: dates (today, a rotation's last day, a gap's target) are days in Asia/Shanghai, and a
/// reminder "on a day" is due at a working hour of that day there.
/// </summary>
public static class AllianceTime
{
    /// <summary>When a reminder about a day is due, local time.</summary>
    public static readonly TimeOnly MorningReminder = new(9, 0);

    /// <summary>The alliance's zone (<see cref="AllianceCalendar"/>, the one definition).</summary>
    public static TimeZoneInfo Zone => AllianceCalendar.Zone;

    public static DateOnly Today(this TimeProvider clock) => AllianceCalendar.Today(clock);

    /// <summary>The UTC instant of <paramref name="time"/> on <paramref name="date"/> in Asia/Shanghai.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => AllianceCalendar.At(date, time);
}
