using SpecialtyAlliance.Contracts.Availability;
using SpecialtyAlliance.Web.Localization;
using SpecialtyAlliance.Contracts.Common;

namespace SpecialtyAlliance.Web.Consultations;

/// <summary>What the calendar knows about a slot before it is sent.</summary>
public enum SlotVerdict
{
    /// <summary>Inside the published availability, free, in the future, 15–120 minutes: the API will most likely book it.</summary>
    Free,

    /// <summary>No start chosen yet.</summary>
    NoStart,

    /// <summary>Shorter than 15 or longer than 120 minutes.</summary>
    BadDuration,

    /// <summary>Starts now or earlier.</summary>
    InThePast,

    /// <summary>Outside the weekly windows and available blocks, or inside an unavailable block.</summary>
    OutsideAvailability,

    /// <summary>Overlaps another active booking of the specialist.</summary>
    Taken,
}

/// <summary>What one quarter hour of a day looks like on the calendar.</summary>
public enum CellState
{
    Available,
    Booked,
    Unavailable,
    Past,
}

/// <summary>One quarter hour of the calendar (local Asia/Shanghai time), with its absolute start.</summary>
public sealed record SlotCell(TimeOnly LocalStart, DateTimeOffset StartsAt, CellState State, Guid? ConsultationId);

/// <summary>
/// The schedule picker's calendar: a specialist's published availability (weekly windows in Asia/Shanghai, one-off
/// blocks) and active bookings, read once, so the page can draw a day and say before sending whether a start and a
/// duration fit — the same rule the API applies (ADR 0010: inside one weekly window on one local day or one available
/// block, no unavailable block, no other active booking, in the future, 15–120 minutes). The API stays the judge: a
/// slot taken between reading and sending is refused there (409 <c>slot_taken</c>) and the page explains it.
/// </summary>
public sealed class SlotPlanner
{
    public const int StepMinutes = 15;
    public const int MinMinutes = 15;
    public const int MaxMinutes = 120;

    /// <summary>The durations offered: 15 to 120 minutes in quarter hours.</summary>
    public static IReadOnlyList<int> Durations { get; } = [15, 30, 45, 60, 75, 90, 105, 120];

    private const int MinutesPerDay = 24 * 60;
    private const int DefaultDayStart = 8 * 60;
    private const int DefaultDayEnd = 18 * 60;

    private readonly IReadOnlyList<WeeklyWindowResponse> _weekly;
    private readonly IReadOnlyList<AvailabilityBlockResponse> _blocks;
    private readonly IReadOnlyList<BookingResponse> _bookings;

    /// <param name="availability">The specialist's published availability.</param>
    /// <param name="bookings">Their bookings; released ones and the one of <paramref name="ownConsultationId"/> do not count.</param>
    /// <param name="ownConsultationId">When rescheduling: the consultation being moved (its old slot is freed by the move itself).</param>
    public SlotPlanner(AvailabilityResponse availability, IEnumerable<BookingResponse> bookings, Guid? ownConsultationId = null)
    {
        _weekly = availability.Weekly;
        _blocks = availability.Blocks;
        _bookings = [.. bookings.Where(b => b.Status == BookingStatus.Active && (ownConsultationId is null || b.ConsultationId != ownConsultationId))];
    }

    /// <summary>The absolute instant of a local (Asia/Shanghai) date and time.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => AllianceCalendar.At(day, time);

    /// <summary>The local (Asia/Shanghai) day of an instant.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant) => AllianceCalendar.DateOf(instant);

    /// <summary>The Monday of the week holding <paramref name="day"/>.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Whether a start and a duration fit, and if not, why (the first reason, in the API's order of checks).</summary>
    public SlotVerdict Check(DateTimeOffset? start, int minutes, DateTimeOffset now)
    {
        if (start is not { } startsAt)
        {
            return SlotVerdict.NoStart;
        }

        if (minutes is < MinMinutes or > MaxMinutes)
        {
            return SlotVerdict.BadDuration;
        }

        if (startsAt <= now)
        {
            return SlotVerdict.InThePast;
        }

        var endsAt = startsAt.AddMinutes(minutes);
        if (!Covers(startsAt, endsAt))
        {
            return SlotVerdict.OutsideAvailability;
        }

        return BookingAt(startsAt, endsAt) is null ? SlotVerdict.Free : SlotVerdict.Taken;
    }

    /// <summary>The active booking overlapping [start, end), if any.</summary>
    public BookingResponse? BookingAt(DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        _bookings.FirstOrDefault(b => b.StartsAt < endsAt && startsAt < b.EndsAt);

    /// <summary>The rule of ADR 0010, on the published availability.</summary>
    public bool Covers(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        if (_blocks.Any(b => b.Kind == AvailabilityKind.Unavailable && b.StartsAt < endsAt && startsAt < b.EndsAt))
        {
            return false;
        }

        if (_blocks.Any(b => b.Kind == AvailabilityKind.Available && b.StartsAt <= startsAt && endsAt <= b.EndsAt))
        {
            return true;
        }

        var localStart = Texts.ToShanghai(startsAt).DateTime;
        var localEnd = Texts.ToShanghai(endsAt).DateTime;
        if (localEnd.Date != localStart.Date)
        {
            return false;
        }

        var (start, end) = (TimeOnly.FromDateTime(localStart), TimeOnly.FromDateTime(localEnd));
        var day = (WeekDay)localStart.DayOfWeek;
        return _weekly.Any(w => w.Day == day && w.Start <= start && end <= w.End);
    }

    /// <summary>
    /// The quarter hours of one local day to draw: from the earlier of 08:00 and the day's first window or block to the
    /// later of 18:00 and its last, each marked available, booked, unavailable or past.
    /// </summary>
    public IReadOnlyList<SlotCell> Day(DateOnly day, DateTimeOffset now)
    {
        var (first, last) = Extent(day);
        var cells = new List<SlotCell>();
        for (var minute = first; minute < last; minute += StepMinutes)
        {
            var startsAt = At(day, TimeOnly.MinValue).AddMinutes(minute);
            var endsAt = startsAt.AddMinutes(StepMinutes);
            var booking = BookingAt(startsAt, endsAt);
            var state = booking is not null ? CellState.Booked
                : startsAt <= now ? CellState.Past
                : Covers(startsAt, endsAt) ? CellState.Available
                : CellState.Unavailable;
            cells.Add(new SlotCell(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute)), startsAt, state, booking?.ConsultationId));
        }

        return cells;
    }

    /// <summary>Whether anything on <paramref name="day"/> can be booked at all (for marking the days of the week).</summary>
    public bool HasAvailability(DateOnly day, DateTimeOffset now) => Day(day, now).Any(c => c.State == CellState.Available);

    /// <summary>The minutes of the local day to draw, [first, last), in quarter hours.</summary>
    private (int First, int Last) Extent(DateOnly day)
    {
        var (first, last) = (DefaultDayStart, DefaultDayEnd);
        var name = (WeekDay)day.DayOfWeek;
        foreach (var w in _weekly.Where(w => w.Day == name))
        {
            first = Math.Min(first, Minutes(w.Start));
            last = Math.Max(last, Minutes(w.End));
        }

        var (dayStart, dayEnd) = (At(day, TimeOnly.MinValue), At(day.AddDays(1), TimeOnly.MinValue));
        foreach (var b in _blocks.Where(b => b.Kind == AvailabilityKind.Available && b.StartsAt < dayEnd && dayStart < b.EndsAt))
        {
            first = Math.Min(first, b.StartsAt <= dayStart ? 0 : (int)(b.StartsAt - dayStart).TotalMinutes);
            last = Math.Max(last, b.EndsAt >= dayEnd ? MinutesPerDay : (int)Math.Ceiling((b.EndsAt - dayStart).TotalMinutes));
        }

        first = first / StepMinutes * StepMinutes;
        last = Math.Min(MinutesPerDay, (last + StepMinutes - 1) / StepMinutes * StepMinutes);
        return (first, last);
    }

    private static int Minutes(TimeOnly time) => (time.Hour * 60) + time.Minute;
}
