namespace SpecialtyAlliance.Contracts.Reports;

/// <summary>A report's period: both days included.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To);

/// <summary>
/// The alliance's measures over a period, for all hospitals (administrators) or one hospital. Built of sections, each
/// a record of its own, so a new section (consultations, referrals) is one more property here and one more block in
/// the CSV export — nothing else changes.
/// </summary>
public sealed record KpiReport
{
    public required ReportPeriod Period { get; init; }

    /// <summary>The hospital the figures are limited to; null for the whole alliance.</summary>
    public Guid? HospitalId { get; init; }

    public string? HospitalName { get; init; }

    public required RotationKpis Rotations { get; init; }

    public required ActivityKpis Activities { get; init; }

    public required GapKpis Gaps { get; init; }
}

/// <summary>
/// Rotations that took place (Active or Completed) overlapping the period: the days of each inside the period,
/// summed (clinician-days), and the same in months of 30.4375 days, rounded to two decimals.
/// </summary>
public sealed record RotationKpis(
    int Rotations, int ClinicianDays, decimal ClinicianMonths, IReadOnlyList<RotationRoleKpi> ByRole, IReadOnlyList<RotationHostKpi> ByHostHospital);

public sealed record RotationRoleKpi(string Role, string RoleNameZh, int Rotations, int ClinicianDays, decimal ClinicianMonths);

public sealed record RotationHostKpi(Guid HospitalId, string HospitalName, int Rotations, int ClinicianDays, decimal ClinicianMonths);

/// <summary>Joint activities held in the period.</summary>
public sealed record ActivityKpis(int Activities, int Participants, int PeopleReached, IReadOnlyList<ActivityKindKpi> ByKind);

public sealed record ActivityKindKpi(string Kind, string KindNameZh, int Activities, int Participants, int PeopleReached);

/// <summary>Technology gaps filled in the period (first case performed in it, and still FirstCasePerformed or Established).</summary>
public sealed record GapKpis(int Filled, IReadOnlyList<GapHospitalKpi> ByHospital, IReadOnlyList<GapScopeKpi> ByScope);

public sealed record GapHospitalKpi(Guid HospitalId, string HospitalName, int Filled);

public sealed record GapScopeKpi(string Scope, string ScopeNameZh, int Filled);

/// <summary>
/// Technology gaps identified in the period (all time without one), grouped by hospital, specialty or year of
/// identification: how many are in each status, how many are filled, and the median days from identification to
/// the first case of the filled ones.
/// </summary>
public sealed record TechnologyGapReport(
    DateOnly? From,
    DateOnly? To,
    Guid? HospitalId,
    string? HospitalName,
    string GroupBy,
    IReadOnlyList<TechnologyGapReportRow> Rows,
    TechnologyGapReportRow Total);

/// <summary>One group (Key: hospital id, specialty code or year; Name: its Chinese name) or the total.</summary>
public sealed record TechnologyGapReportRow(
    string Key,
    string Name,
    int Gaps,
    int Identified,
    int Planned,
    int FirstCasePerformed,
    int Established,
    int Abandoned,
    int Filled,
    decimal? MedianDaysToFirstCase);

public static class GapReportGrouping
{
    public const string Hospital = "hospital";
    public const string Specialty = "specialty";
    public const string Year = "year";

    public static IReadOnlyList<string> All { get; } = [Hospital, Specialty, Year];
}
