namespace SpecialtyAlliance.Contracts.Common;

/// <summary>
/// The alliance's calendar, the one definition the server and the browser share: the API speaks UTC instants, and every
/// date on the wire (a rotation's days, a gap's target, a report's period) and every local time (a specialist's weekly
/// hours) is a day or a time in Asia/Shanghai. China has kept UTC+8 without daylight saving since 1991, so where the time
/// zone database is missing (a trimmed browser runtime, a bare container) a fixed +08:00 zone is exact for every date shown.
/// </summary>
public static class AllianceCalendar
{
    /// <summary>The IANA name, as PostgreSQL and the API's availability responses spell it.</summary>
    public const string TimeZoneId = "Asia/Shanghai";

    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>A UTC instant as the alliance's local date and time.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The alliance's calendar day of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>Today in the alliance's calendar.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>The UTC instant of a local <paramref name="time"/> on <paramref name="date"/>.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => At(date.ToDateTime(time, DateTimeKind.Unspecified));

    /// <summary>The UTC instant of a local date and time.</summary>
    public static DateTimeOffset At(DateTime local) =>
        new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone.GetUtcOffset(local)).ToUniversalTime();

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone(TimeZoneId, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
