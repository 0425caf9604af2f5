using SpecialtyAlliance.Contracts.Rotations;

namespace SpecialtyAlliance.Web.Components.AllianceWork;

/// <summary>One rotation as the timeline draws it: which row it belongs to, its label, role, status and inclusive period.</summary>
public sealed record TimelineItem(
    Guid Id, string GroupKey, string GroupLabel, string Label, RotationRole Role, RotationStatus Status, DateOnly StartsOn, DateOnly EndsOn, string Description);

/// <summary>A month heading: the grid column its first shown day falls in (1-based) and how many day columns it spans.</summary>
public sealed record TimelineMonth(DateOnly Month, int Column, int Span);

/// <summary>
/// A bar: the day columns it covers (CSS grid lines, <see cref="ColumnStart"/> inclusive, <see cref="ColumnEnd"/> exclusive),
/// the lane (sub-row) it sits in, and whether it runs past either edge of the window.
/// </summary>
public sealed record TimelineBar(TimelineItem Item, int Lane, int ColumnStart, int ColumnEnd, bool ClippedStart, bool ClippedEnd)
{
    public int Days => ColumnEnd - ColumnStart;
}

/// <summary>A row of the timeline (a host hospital, or a clinician) with as many lanes as its overlapping bars need.</summary>
public sealed record TimelineRow(string Key, string Label, int Lanes, IReadOnlyList<TimelineBar> Bars);

/// <summary>
/// The geometry of the rotation timeline, computed from dates alone so it can be tested without a browser: one grid
/// column per day of the window (whole months), bars placed on the columns of their days, bars of one row that overlap
/// put in separate lanes, and today's column marked. The component turns it into CSS grid placements.
/// </summary>
public sealed record TimelineLayout(DateOnly From, DateOnly To, IReadOnlyList<TimelineMonth> Months, IReadOnlyList<TimelineRow> Rows, int? TodayColumn)
{
    /// <summary>How many day columns the window has.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>
    /// Lays out <paramref name="items"/> over <paramref name="months"/> whole months from the month of
    /// <paramref name="firstMonth"/>. Items entirely outside the window are left out; rows are ordered by their label.
    /// </summary>
    public static TimelineLayout Build(IEnumerable<TimelineItem> items, DateOnly firstMonth, int months, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var from = new DateOnly(firstMonth.Year, firstMonth.Month, 1);
        var to = from.AddMonths(months).AddDays(-1);

        var headings = new List<TimelineMonth>(months);
        for (var month = from; month <= to; month = month.AddMonths(1))
        {
            headings.Add(new TimelineMonth(month, Column(from, month), DateTime.DaysInMonth(month.Year, month.Month)));
        }

        var rows = items
            .Where(i => i.EndsOn >= from && i.StartsOn <= to && i.EndsOn >= i.StartsOn)
            .GroupBy(i => i.GroupKey)
            .Select(group => LayRow(group.Key, group.First().GroupLabel, group, from, to))
            .OrderBy(r => r.Label, StringComparer.CurrentCulture)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

        int? todayColumn = today >= from && today <= to ? Column(from, today) : null;
        return new TimelineLayout(from, to, headings, rows, todayColumn);
    }

    /// <summary>The 1-based grid column of a day.</summary>
    private static int Column(DateOnly from, DateOnly day) => day.DayNumber - from.DayNumber + 1;

    /// <summary>
    /// Bars in start order, each in the first lane whose last bar ended before it starts. Both end days count (a
    /// rotation ending on the 10th and another starting on the 10th share that day), so those two take separate lanes.
    /// </summary>
    private static TimelineRow LayRow(string key, string label, IEnumerable<TimelineItem> items, DateOnly from, DateOnly to)
    {
        var laneEnds = new List<DateOnly>();
        var bars = new List<TimelineBar>();
        foreach (var item in items.OrderBy(i => i.StartsOn).ThenBy(i => i.EndsOn).ThenBy(i => i.Id))
        {
            var lane = laneEnds.FindIndex(end => end < item.StartsOn);
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add(item.EndsOn);
            }
            else
            {
                laneEnds[lane] = item.EndsOn;
            }

            var start = item.StartsOn < from ? from : item.StartsOn;
            var end = item.EndsOn > to ? to : item.EndsOn;
            bars.Add(new TimelineBar(item, lane, Column(from, start), Column(from, end) + 1, item.StartsOn < from, item.EndsOn > to));
        }

        return new TimelineRow(key, label, Math.Max(1, laneEnds.Count), bars);
    }
}
