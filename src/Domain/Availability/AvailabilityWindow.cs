using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Availability;

public enum AvailabilityKind
{
    /// <summary>Every week on <see cref="AvailabilityWindow.DayOfWeek"/>, between local (Asia/Shanghai) times.</summary>
    Weekly,

    /// <summary>A one-off block when the specialist is available (an extra clinic, a weekend).</summary>
    Available,

    /// <summary>A one-off block when the specialist is not (leave, a conference) — it wins over every other window.</summary>
    Unavailable,
}

/// <summary>
/// One entry of a specialist's published availability: a recurring weekly window in local time, or a one-off
/// block in absolute time. Scheduling books a slot only inside availability (see <see cref="AvailabilityRules"/>).
/// </summary>
public sealed class AvailabilityWindow : Entity
{
    private AvailabilityWindow()
    {
    }

    public Guid SpecialistId { get; private set; }

    public AvailabilityKind Kind { get; private set; }

    /// <summary>For <see cref="AvailabilityKind.Weekly"/> windows.</summary>
    public DayOfWeek? DayOfWeek { get; private set; }

    /// <summary>Local time (Asia/Shanghai) the weekly window opens.</summary>
    public TimeOnly? LocalStart { get; private set; }

    /// <summary>Local time (Asia/Shanghai) the weekly window closes.</summary>
    public TimeOnly? LocalEnd { get; private set; }

    /// <summary>For one-off blocks.</summary>
    public DateTimeOffset? StartsAt { get; private set; }

    public DateTimeOffset? EndsAt { get; private set; }

    public static AvailabilityWindow Weekly(Guid specialistId, DayOfWeek day, TimeOnly localStart, TimeOnly localEnd)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(localEnd, localStart);
        return new AvailabilityWindow
        {
            SpecialistId = specialistId,
            Kind = AvailabilityKind.Weekly,
            DayOfWeek = day,
            LocalStart = localStart,
            LocalEnd = localEnd,
        };
    }

    public static AvailabilityWindow Block(Guid specialistId, AvailabilityKind kind, DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        if (kind == AvailabilityKind.Weekly)
        {
            throw new ArgumentException("A one-off block is Available or Unavailable.", nameof(kind));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(endsAt, startsAt);
        return new AvailabilityWindow
        {
            SpecialistId = specialistId,
            Kind = kind,
            StartsAt = startsAt.ToUniversalTime(),
            EndsAt = endsAt.ToUniversalTime(),
        };
    }
}

/// <summary>Whether a slot lies inside a specialist's availability.</summary>
public static class AvailabilityRules
{
    /// <summary>
    /// A slot is available when it lies wholly inside one weekly window (on one local day) or one Available block,
    /// and overlaps no Unavailable block.
    /// </summary>
    public static bool Covers(IEnumerable<AvailabilityWindow> windows, DateTimeOffset startsAt, DateTimeOffset endsAt, TimeZoneInfo zone)
    {
        var list = windows.ToList();
        if (list.Any(w => w.Kind == AvailabilityKind.Unavailable && w.StartsAt < endsAt && startsAt < w.EndsAt))
        {
            return false;
        }

        if (list.Any(w => w.Kind == AvailabilityKind.Available && w.StartsAt <= startsAt && endsAt <= w.EndsAt))
        {
            return true;
        }

        var localStart = TimeZoneInfo.ConvertTime(startsAt, zone).DateTime;
        var localEnd = TimeZoneInfo.ConvertTime(endsAt, zone).DateTime;
        if (localEnd.Date != localStart.Date)
        {
            return false;
        }

        var (start, end) = (TimeOnly.FromDateTime(localStart), TimeOnly.FromDateTime(localEnd));
        return list.Any(w => w.Kind == AvailabilityKind.Weekly
            && w.DayOfWeek == localStart.DayOfWeek
            && w.LocalStart <= start
            && end <= w.LocalEnd);
    }
}
