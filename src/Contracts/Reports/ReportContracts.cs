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

    /// <summary>Consultations requested in the period: counts, time to claim and the three rates (ADR 0023).</summary>
    public required ConsultationKpis Consultations { get; init; }

    /// <summary>Referrals requested in the period, by where they stand now.</summary>
    public required ReferralKpis Referrals { get; init; }
}

/// <summary>
/// One pairing's measures over a period (default: the last 12 months): the sections of <see cref="KpiReport"/>, limited
/// to the work between the pairing's county hospital and its city department (ADR 0024).
/// </summary>
public sealed record PairingScorecard
{
    public required ReportPeriod Period { get; init; }

    public required Guid PairingId { get; init; }

    public required string PairingStatus { get; init; }

    public required Guid CityHospitalId { get; init; }

    public required string CityHospitalName { get; init; }

    public required Guid CityDepartmentId { get; init; }

    public required string CityDepartmentName { get; init; }

    public Guid? CityPartyBranchId { get; init; }

    public required Guid CountyHospitalId { get; init; }

    public required string CountyHospitalName { get; init; }

    public required IReadOnlyList<string> Specialties { get; init; }

    public required ConsultationKpis Consultations { get; init; }

    public required ReferralKpis Referrals { get; init; }

    public required RotationKpis Rotations { get; init; }

    public required ActivityKpis Activities { get; init; }

    public required GapKpis Gaps { get; init; }
}

/// <summary>
/// A share: <see cref="Count"/> of <see cref="Of"/>, and the fraction (0–1, four decimals, half away from zero);
/// null when there is nothing to divide by.
/// </summary>
public sealed record KpiRate(int Count, int Of, decimal? Share);

/// <summary>How many of something, by a code and its Chinese name (a status, a specialty, an urgency, an outcome).</summary>
public sealed record KpiCount(string Code, string NameZh, int Count);

/// <summary>
/// Time from the request to its first claim (from the history), over the consultations claimed at least once:
/// median and 90th percentile in minutes (one decimal; null when none was claimed), and the share of them claimed
/// within the response target of their urgency.
/// </summary>
public sealed record TimeToClaimKpi(int Claimed, decimal? MedianMinutes, decimal? P90Minutes, KpiRate WithinTarget);

/// <summary>Requests of one urgency, and their time to claim.</summary>
public sealed record UrgencyKpi(string Urgency, string UrgencyNameZh, int Requested, TimeToClaimKpi TimeToClaim);

/// <summary>
/// The requester's close-out survey, over the consultations closed out: how many, the mean rating (two decimals) and the
/// share rated 4 or 5 (the satisfaction rate).
/// </summary>
public sealed record SatisfactionKpi(int Rated, decimal? MeanRating, KpiRate RatedFourOrFive);

/// <summary>One step of the series: consultations requested in [Start, next step), how many were claimed, how many completed.</summary>
public sealed record ConsultationStepKpi(DateOnly Start, int Requested, int Claimed, int Completed);

/// <summary>
/// Consultations requested in the period (Asia/Shanghai days) — for a county hospital those it requested, for the city
/// hospital those routed to its departments. The three rates:
/// <list type="bullet">
/// <item><see cref="ResponseRate"/> — claimed within the response target, of those requested that were due for a claim
/// (not still waiting inside their target, not withdrawn by the requester before their target without a claim).</item>
/// <item><see cref="ResolutionRate"/> — completed (Completed or Closed), of those claimed.</item>
/// <item><see cref="Satisfaction"/> — mean rating and share rated 4–5, of those closed out.</item>
/// </list>
/// </summary>
public sealed record ConsultationKpis
{
    public required int Requested { get; init; }

    /// <summary>Every status, in lifecycle order (zeros included): where the period's requests stand now.</summary>
    public required IReadOnlyList<KpiCount> ByStatus { get; init; }

    /// <summary>The specialties asked for, most requested first.</summary>
    public required IReadOnlyList<KpiCount> BySpecialty { get; init; }

    /// <summary>Emergency, Urgent, Routine (zeros included), each with its time to claim.</summary>
    public required IReadOnlyList<UrgencyKpi> ByUrgency { get; init; }

    public required TimeToClaimKpi TimeToClaim { get; init; }

    /// <summary>Requests still waiting for a claim inside their response target: not yet counted by the response rate.</summary>
    public required int AwaitingResponse { get; init; }

    /// <summary>Requests cancelled by the requester before their target without being claimed: not counted by the response rate.</summary>
    public required int WithdrawnBeforeTarget { get; init; }

    public required KpiRate ResponseRate { get; init; }

    public required KpiRate ResolutionRate { get; init; }

    public required SatisfactionKpi Satisfaction { get; init; }

    /// <summary>Closed out saying a referral was avoided, of those closed out.</summary>
    public required KpiRate ReferralAvoided { get; init; }

    /// <summary>The step of <see cref="OverTime"/>: <c>day</c>, <c>week</c> (from Monday) or <c>month</c>.</summary>
    public required string Interval { get; init; }

    /// <summary>Every step of the period in order, zeros included (the first may start before the period: a week's Monday, a month's 1st).</summary>
    public required IReadOnlyList<ConsultationStepKpi> OverTime { get; init; }
}

/// <summary>Referrals (green channel) requested in the period — sent by a county hospital, received by the city hospital — by where they stand now.</summary>
public sealed record ReferralKpis(int Referrals, IReadOnlyList<KpiCount> ByOutcome);

public static class KpiInterval
{
    public const string Day = "day";
    public const string Week = "week";
    public const string Month = "month";

    public static IReadOnlyList<string> All { get; } = [Day, Week, Month];
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
