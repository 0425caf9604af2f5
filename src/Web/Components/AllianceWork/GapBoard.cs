using SpecialtyAlliance.Contracts.TechnologyGaps;

namespace SpecialtyAlliance.Web.Components.AllianceWork;

/// <summary>A card of the board: the gap, and whether its target date has passed while it is still unfilled.</summary>
public sealed record GapCard(TechnologyGapResponse Gap, bool Overdue);

/// <summary>A column of the board: one status, its cards in reading order.</summary>
public sealed record GapColumn(TechnologyGapStatus Status, IReadOnlyList<GapCard> Cards);

/// <summary>
/// The technology gap board's grouping, free of any rendering: one column per status in the lifecycle's order (a status
/// the client does not know yet gets a column of its own at the end), and in each column the cards a coordinator should
/// look at first on top.
/// </summary>
public static class GapBoard
{
    public static IReadOnlyList<TechnologyGapStatus> Statuses { get; } = Enum.GetValues<TechnologyGapStatus>();

    /// <summary>
    /// Past its target date and not filled: an Identified or Planned gap whose target date is before today (Asia/Shanghai).
    /// On the target day itself it is due, not yet overdue.
    /// </summary>
    public static bool IsOverdue(TechnologyGapResponse gap, DateOnly today) =>
        gap.Status is TechnologyGapStatus.Identified or TechnologyGapStatus.Planned && gap.TargetDate is { } target && target < today;

    /// <summary>
    /// Groups <paramref name="gaps"/> by status. Open columns (Identified, Planned): overdue first, then by priority
    /// (High, Medium, Low), then the nearest target date (none last). Filled columns: the latest first case first.
    /// Abandoned: the latest change first. Ties go by technique.
    /// </summary>
    public static IReadOnlyList<GapColumn> Build(IEnumerable<TechnologyGapResponse> gaps, DateOnly today)
    {
        var byStatus = gaps.GroupBy(g => g.Status).ToDictionary(g => g.Key, g => g.ToList());
        var statuses = Statuses.Concat(byStatus.Keys.Where(k => !Statuses.Contains(k)).Order());
        return
        [
            .. statuses.Select(status => new GapColumn(
                status,
                [.. Order(status, byStatus.GetValueOrDefault(status) ?? [], today).Select(g => new GapCard(g, IsOverdue(g, today)))])),
        ];
    }

    private static IEnumerable<TechnologyGapResponse> Order(TechnologyGapStatus status, List<TechnologyGapResponse> gaps, DateOnly today) => status switch
    {
        TechnologyGapStatus.Identified or TechnologyGapStatus.Planned => gaps
            .OrderByDescending(g => IsOverdue(g, today))
            .ThenBy(g => PriorityRank(g.Priority))
            .ThenBy(g => g.TargetDate ?? DateOnly.MaxValue)
            .ThenBy(g => g.Technique, StringComparer.Ordinal),
        TechnologyGapStatus.FirstCasePerformed or TechnologyGapStatus.Established => gaps
            .OrderByDescending(g => g.FirstCaseOn ?? DateOnly.MinValue)
            .ThenBy(g => g.Technique, StringComparer.Ordinal),
        _ => gaps
            .OrderByDescending(g => g.StatusChangedAt)
            .ThenBy(g => g.Technique, StringComparer.Ordinal),
    };

    private static int PriorityRank(GapPriority priority) => priority switch
    {
        GapPriority.High => 0,
        GapPriority.Medium => 1,
        GapPriority.Low => 2,
        _ => 3,
    };
}
