namespace SpecialtyAlliance.Application.Common;

/// <summary>
/// The alliance's calendar: dates (today, a rotation's last day, a gap's target) are days in Asia/Shanghai, and a
/// reminder "on a day" is due at a working hour of that day there.
/// </summary>
public static class AllianceTime
{
    /// <summary>When a reminder about a day is due, local time.</summary>
    public static readonly TimeOnly MorningReminder = new(9, 0);

    /// <summary>Asia/Shanghai (China keeps one offset, +08:00, all year; used as is where the time zone database is missing).</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>The UTC instant of <paramref name="time"/> on <paramref name="date"/> in Asia/Shanghai.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
