using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Referrals;

namespace SpecialtyAlliance.Application.Reports;

/// <summary>
/// What a report's figures are limited to: the whole alliance (nothing set), one hospital (<see cref="HospitalId"/>), or
/// one pairing (<see cref="Pairing"/>, the scorecard). The city center hospital's consultations are those routed to its
/// departments and its referrals those it received; a county's, those it requested and sent.
/// </summary>
public sealed record KpiFilter(Guid? HospitalId, bool IsCityCenter, PairingFilter? Pairing)
{
    public static KpiFilter Hospital(Guid? hospitalId, bool isCityCenter = false) => new(hospitalId, isCityCenter, null);

    public static KpiFilter For(PairingFilter pairing) => new(null, false, pairing);

    /// <summary>The county hospital whose requests (and referrals sent) are counted, if that is the filter.</summary>
    public Guid? RequestingHospitalId => IsCityCenter ? null : HospitalId;

    /// <summary>The city center hospital whose departments' requests (and referrals received) are counted, if that is the filter.</summary>
    public Guid? ReceivingHospitalId => IsCityCenter ? HospitalId : null;
}

/// <summary>The two sides of a pairing and what it covers, as its scorecard filters the alliance's records (ADR 0024).</summary>
public sealed record PairingFilter(Guid CityHospitalId, Guid CityDepartmentId, Guid? CityPartyBranchId, Guid CountyHospitalId, IReadOnlyList<string> Specialties);

/// <summary>
/// The sections of the KPI report and of a pairing's scorecard: each one set-based SQL statement (GROUPING SETS give the
/// total and every breakdown in one pass; percentiles are <c>percentile_cont</c>), every value a parameter, no row
/// loaded to be counted. Definitions: ADR 0017 (rotations, activities, gaps) and ADR 0023 (consultations, referrals).
/// A filter's unused parts are null parameters that PostgreSQL folds away when it plans the statement with its values.
/// </summary>
public static class KpiSections
{
    /// <summary>The days of a month in clinician-months (365.25 / 12).</summary>
    public const decimal DaysPerMonth = 30.4375m;

    /// <summary>The alliance's calendar as PostgreSQL names it (days, weeks and months of the series are Asia/Shanghai's).</summary>
    public const string TimeZone = AllianceCalendar.TimeZoneId;

    private static readonly ConsultationStatus[] StatusOrder = Enum.GetValues<ConsultationStatus>();

    private static readonly Urgency[] UrgencyOrder = [Urgency.Emergency, Urgency.Urgent, Urgency.Routine];

    private static readonly ReferralStatus[] ReferralOrder = Enum.GetValues<ReferralStatus>();

    public static decimal Months(int days) => Math.Round(days / DaysPerMonth, 2, MidpointRounding.AwayFromZero);

    /// <summary>A share with four decimals (half away from zero); null when there is nothing to divide by.</summary>
    public static KpiRate Rate(int count, int of) =>
        new(count, of, of == 0 ? null : Math.Round((decimal)count / of, 4, MidpointRounding.AwayFromZero));

    /// <summary>The step of the series when none is asked for: days up to two months, weeks up to a year and a week, months beyond.</summary>
    public static string DefaultInterval(ReportPeriod period)
    {
        var days = period.To.DayNumber - period.From.DayNumber + 1;
        return days <= 62 ? KpiInterval.Day : days <= 371 ? KpiInterval.Week : KpiInterval.Month;
    }

    /// <summary>The start of the step holding <paramref name="date"/>, as PostgreSQL's date_trunc computes it (weeks start on Monday).</summary>
    public static DateOnly StepStart(DateOnly date, string interval) => interval switch
    {
        KpiInterval.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        KpiInterval.Month => new DateOnly(date.Year, date.Month, 1),
        _ => date,
    };

    public static DateOnly NextStep(DateOnly start, string interval) => interval switch
    {
        KpiInterval.Week => start.AddDays(7),
        KpiInterval.Month => start.AddMonths(1),
        _ => start.AddDays(1),
    };

    /// <summary>The first instant of the period and the first instant after it (midnight in Asia/Shanghai).</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Instants(ReportPeriod period) =>
        (AllianceTime.At(period.From, TimeOnly.MinValue), AllianceTime.At(period.To.AddDays(1), TimeOnly.MinValue));

    /// <summary>Rotations that took place (Active or Completed): the days of each inside the period, by role and by host hospital.</summary>
    public static async Task<RotationKpis> RotationsAsync(this IAllianceDbContext db, ReportPeriod period, KpiFilter filter, CancellationToken cancellationToken)
    {
        var (hospitalId, p) = (filter.HospitalId, filter.Pairing);
        var rows = await db.Database.SqlQuery<RotationRow>($"""
            SELECT r.role, r.host_hospital_id, h.name AS host_hospital_name,
                   GROUPING(r.role, r.host_hospital_id, h.name) AS grouping_level,
                   count(*)::int AS rotations,
                   coalesce(sum(LEAST(r.ends_on, {period.To}) - GREATEST(r.starts_on, {period.From}) + 1), 0)::int AS clinician_days
            FROM assistance_rotations r
            JOIN hospitals h ON h.id = r.host_hospital_id
            WHERE r.status IN ('Active', 'Completed')
              AND r.starts_on <= {period.To} AND r.ends_on >= {period.From}
              AND ({hospitalId}::uuid IS NULL OR r.host_hospital_id = {hospitalId}::uuid OR r.home_hospital_id = {hospitalId}::uuid)
              AND ({p?.CountyHospitalId}::uuid IS NULL
                   OR (r.home_department_id = {p?.CityDepartmentId}::uuid AND r.host_hospital_id = {p?.CountyHospitalId}::uuid)
                   OR (r.host_department_id = {p?.CityDepartmentId}::uuid AND r.home_hospital_id = {p?.CountyHospitalId}::uuid))
            GROUP BY GROUPING SETS ((r.role), (r.host_hospital_id, h.name), ())
            """).ToListAsync(cancellationToken);

        var total = rows.Single(r => r.GroupingLevel == 7);
        return new RotationKpis(
            total.Rotations,
            total.ClinicianDays,
            Months(total.ClinicianDays),
            [.. rows.Where(r => r.GroupingLevel == 3).OrderBy(r => r.Role, StringComparer.Ordinal)
                .Select(r => new RotationRoleKpi(r.Role!, Labels.RoleZh(r.Role!), r.Rotations, r.ClinicianDays, Months(r.ClinicianDays)))],
            [.. rows.Where(r => r.GroupingLevel == 4).OrderByDescending(r => r.ClinicianDays).ThenBy(r => r.HostHospitalName, StringComparer.Ordinal)
                .Select(r => new RotationHostKpi(r.HostHospitalId!.Value, r.HostHospitalName!, r.Rotations, r.ClinicianDays, Months(r.ClinicianDays)))]);
    }

    /// <summary>Activities held in the period that the hospital took part in (a pairing: both its hospitals, or its city branch), by kind.</summary>
    public static async Task<ActivityKpis> ActivitiesAsync(this IAllianceDbContext db, ReportPeriod period, KpiFilter filter, CancellationToken cancellationToken)
    {
        var (hospitalId, p) = (filter.HospitalId, filter.Pairing);
        var rows = await db.Database.SqlQuery<ActivityRow>($"""
            SELECT a.kind, GROUPING(a.kind) AS grouping_level,
                   count(*)::int AS activities,
                   coalesce(sum(a.participants), 0)::int AS participants,
                   coalesce(sum(a.people_reached), 0)::int AS people_reached
            FROM joint_activities a
            WHERE a.held_on BETWEEN {period.From} AND {period.To}
              AND ({hospitalId}::uuid IS NULL OR a.hospital_ids @> ARRAY[{hospitalId}::uuid])
              AND ({p?.CountyHospitalId}::uuid IS NULL
                   OR a.hospital_ids @> ARRAY[{p?.CityHospitalId}::uuid, {p?.CountyHospitalId}::uuid]
                   OR a.party_branch_ids @> ARRAY[{p?.CityPartyBranchId}::uuid])
            GROUP BY GROUPING SETS ((a.kind), ())
            """).ToListAsync(cancellationToken);

        var total = rows.Single(r => r.GroupingLevel == 1);
        return new ActivityKpis(
            total.Activities,
            total.Participants,
            total.PeopleReached,
            [.. rows.Where(r => r.GroupingLevel == 0).OrderBy(r => r.Kind, StringComparer.Ordinal)
                .Select(r => new ActivityKindKpi(r.Kind!, Labels.KindZh(r.Kind!), r.Activities, r.Participants, r.PeopleReached))]);
    }

    /// <summary>Gaps whose first case was performed in the period and that are still filled (a pairing: the county's, mentored by its city department), by hospital and by scope.</summary>
    public static async Task<GapKpis> GapsAsync(this IAllianceDbContext db, ReportPeriod period, KpiFilter filter, CancellationToken cancellationToken)
    {
        var (hospitalId, p) = (filter.HospitalId, filter.Pairing);
        var rows = await db.Database.SqlQuery<GapRow>($"""
            SELECT g.hospital_id, h.name AS hospital_name, g.scope,
                   GROUPING(g.hospital_id, h.name, g.scope) AS grouping_level,
                   count(*)::int AS filled
            FROM technology_gaps g
            JOIN hospitals h ON h.id = g.hospital_id
            WHERE g.status IN ('FirstCasePerformed', 'Established')
              AND g.first_case_on BETWEEN {period.From} AND {period.To}
              AND ({hospitalId}::uuid IS NULL OR g.hospital_id = {hospitalId}::uuid OR g.mentoring_hospital_id = {hospitalId}::uuid)
              AND ({p?.CountyHospitalId}::uuid IS NULL
                   OR (g.hospital_id = {p?.CountyHospitalId}::uuid AND g.mentoring_department_id = {p?.CityDepartmentId}::uuid))
            GROUP BY GROUPING SETS ((g.hospital_id, h.name), (g.scope), ())
            """).ToListAsync(cancellationToken);

        var total = rows.Single(r => r.GroupingLevel == 7);
        return new GapKpis(
            total.Filled,
            [.. rows.Where(r => r.GroupingLevel == 1).OrderByDescending(r => r.Filled).ThenBy(r => r.HospitalName, StringComparer.Ordinal)
                .Select(r => new GapHospitalKpi(r.HospitalId!.Value, r.HospitalName!, r.Filled))],
            [.. rows.Where(r => r.GroupingLevel == 6).OrderBy(r => r.Scope, StringComparer.Ordinal)
                .Select(r => new GapScopeKpi(r.Scope!, Labels.ScopeZh(r.Scope!), r.Filled))]);
    }

    /// <summary>
    /// Consultations requested in the period, each joined to its first claim from the history (the claims since the
    /// period began, read in order from their partial index and grouped by consultation — a set-based join, where a
    /// per-row subquery would cost a probe per consultation and its estimate would switch JIT compilation on), counted
    /// in one hashed pass by status, specialty, urgency and step of the series and in total; the time to claim's
    /// percentiles sort only the claimed ones, by urgency and in total. A hospital: those it
    /// requested (a county) or that were routed to its departments (the city). A pairing: those its county requested of
    /// its specialties that were routed to its city department.
    /// </summary>
    public static async Task<ConsultationKpis> ConsultationsAsync(
        this IAllianceDbContext db, ReportPeriod period, string interval, KpiFilter filter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (requesting, receiving, p) = (filter.RequestingHospitalId, filter.ReceivingHospitalId, filter.Pairing);
        var (start, end) = Instants(period);
        var specialties = p?.Specialties.ToArray();
        var rows = await db.Database.SqlQuery<ConsultationRow>($"""
            WITH cohort AS MATERIALIZED (
                SELECT c.status, c.specialty, c.urgency, c.requested_at, c.response_due_at, c.status_changed_at,
                       c.satisfaction, c.referral_avoided,
                       date_trunc({interval}::text, c.requested_at AT TIME ZONE {TimeZone}::text)::date AS step,
                       fc.first_claim_at
                FROM consultations c
                LEFT JOIN (
                    -- The first claim of each consultation, from the history (a claim never precedes its request).
                    SELECT h.consultation_id, min(h.at) AS first_claim_at
                    FROM consultation_history h
                    WHERE h.action = 'Claim' AND h.at >= {start}
                    GROUP BY h.consultation_id
                ) fc ON fc.consultation_id = c.id
                WHERE c.requested_at >= {start} AND c.requested_at < {end}
                  AND ({requesting}::uuid IS NULL OR c.requesting_hospital_id = {requesting}::uuid)
                  AND ({receiving}::uuid IS NULL OR c.routed_hospital_ids @> ARRAY[{receiving}::uuid])
                  AND ({p?.CountyHospitalId}::uuid IS NULL
                       OR (c.requesting_hospital_id = {p?.CountyHospitalId}::uuid
                           AND c.routed_department_ids @> ARRAY[{p?.CityDepartmentId}::uuid]
                           AND c.specialty = ANY({specialties}::text[])))
            ),
            counts AS (
                SELECT status, specialty, urgency, step,
                       GROUPING(status, specialty, urgency, step) AS grouping_level,
                       count(*)::int AS requested,
                       count(first_claim_at)::int AS claimed,
                       count(*) FILTER (WHERE first_claim_at <= response_due_at)::int AS claimed_within_target,
                       count(*) FILTER (WHERE first_claim_at IS NULL AND status = 'Requested' AND response_due_at > {now})::int AS awaiting_response,
                       count(*) FILTER (WHERE first_claim_at IS NULL AND status = 'Cancelled' AND status_changed_at < response_due_at)::int AS withdrawn_before_target,
                       count(*) FILTER (WHERE status IN ('Completed', 'Closed'))::int AS completed,
                       count(*) FILTER (WHERE status = 'Closed')::int AS rated,
                       round(avg(satisfaction) FILTER (WHERE status = 'Closed'), 2) AS mean_rating,
                       count(*) FILTER (WHERE status = 'Closed' AND satisfaction >= 4)::int AS rated_four_or_five,
                       count(*) FILTER (WHERE status = 'Closed' AND referral_avoided)::int AS referral_avoided
                FROM cohort
                GROUP BY GROUPING SETS ((status), (specialty), (urgency), (step), ())
            ),
            claims AS (
                SELECT urgency, GROUPING(urgency) AS grouping_level,
                       percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM first_claim_at - requested_at)::float8) AS seconds
                FROM cohort
                WHERE first_claim_at IS NOT NULL
                GROUP BY GROUPING SETS ((urgency), ())
            )
            SELECT counts.*,
                   round((claims.seconds[1] / 60)::numeric, 1) AS median_minutes,
                   round((claims.seconds[2] / 60)::numeric, 1) AS p90_minutes
            FROM counts
            LEFT JOIN claims
              ON (counts.grouping_level = 15 AND claims.grouping_level = 1)
              OR (counts.grouping_level = 13 AND claims.grouping_level = 0 AND claims.urgency = counts.urgency)
            """).ToListAsync(cancellationToken);

        // GROUPING(status, specialty, urgency, step): a bit set for each column aggregated away (status 8 … step 1).
        var total = rows.Single(r => r.GroupingLevel == 15);
        var byStatus = rows.Where(r => r.GroupingLevel == 7).ToDictionary(r => r.Status!, r => r.Requested, StringComparer.Ordinal);
        var byUrgency = rows.Where(r => r.GroupingLevel == 13).ToDictionary(r => r.Urgency!, StringComparer.Ordinal);
        var bySteps = rows.Where(r => r.GroupingLevel == 14).ToDictionary(r => r.Step!.Value);

        var steps = new List<ConsultationStepKpi>();
        for (var step = StepStart(period.From, interval); step <= period.To; step = NextStep(step, interval))
        {
            steps.Add(bySteps.TryGetValue(step, out var s) ? new ConsultationStepKpi(step, s.Requested, s.Claimed, s.Completed) : new ConsultationStepKpi(step, 0, 0, 0));
        }

        var due = total.Requested - total.AwaitingResponse - total.WithdrawnBeforeTarget;
        return new ConsultationKpis
        {
            Requested = total.Requested,
            ByStatus = [.. StatusOrder.Select(s => new KpiCount(s.ToString(), Labels.Zh(s), byStatus.GetValueOrDefault(s.ToString())))],
            BySpecialty = [.. rows.Where(r => r.GroupingLevel == 11).OrderByDescending(r => r.Requested).ThenBy(r => r.Specialty, StringComparer.Ordinal)
                .Select(r => new KpiCount(r.Specialty!, Labels.SpecialtyZh(r.Specialty!), r.Requested))],
            ByUrgency = [.. UrgencyOrder.Select(u => byUrgency.TryGetValue(u.ToString(), out var r)
                ? new UrgencyKpi(u.ToString(), Labels.Zh(u), r.Requested, TimeToClaim(r))
                : new UrgencyKpi(u.ToString(), Labels.Zh(u), 0, new TimeToClaimKpi(0, null, null, Rate(0, 0))))],
            TimeToClaim = TimeToClaim(total),
            AwaitingResponse = total.AwaitingResponse,
            WithdrawnBeforeTarget = total.WithdrawnBeforeTarget,
            ResponseRate = Rate(total.ClaimedWithinTarget, due),
            ResolutionRate = Rate(total.Completed, total.Claimed),
            Satisfaction = new SatisfactionKpi(total.Rated, total.MeanRating, Rate(total.RatedFourOrFive, total.Rated)),
            ReferralAvoided = Rate(total.ReferralAvoided, total.Rated),
            Interval = interval,
            OverTime = steps,
        };
    }

    /// <summary>Referrals requested in the period — a county's: those it sent; the city's: those it received; a pairing's: those of its consultations — by status now.</summary>
    public static async Task<ReferralKpis> ReferralsAsync(this IAllianceDbContext db, ReportPeriod period, KpiFilter filter, CancellationToken cancellationToken)
    {
        var (requesting, receiving, p) = (filter.RequestingHospitalId, filter.ReceivingHospitalId, filter.Pairing);
        var (start, end) = Instants(period);
        var specialties = p?.Specialties.ToArray();
        var rows = await db.Database.SqlQuery<ReferralRow>($"""
            SELECT r.status, GROUPING(r.status) AS grouping_level, count(*)::int AS referrals
            FROM referrals r
            WHERE r.requested_at >= {start} AND r.requested_at < {end}
              AND ({requesting}::uuid IS NULL OR r.requesting_hospital_id = {requesting}::uuid)
              AND ({receiving}::uuid IS NULL OR r.receiving_hospital_id = {receiving}::uuid)
              AND ({p?.CountyHospitalId}::uuid IS NULL
                   OR (r.requesting_hospital_id = {p?.CountyHospitalId}::uuid
                       AND EXISTS (SELECT 1 FROM consultations c
                                   WHERE c.id = r.consultation_id
                                     AND c.routed_department_ids @> ARRAY[{p?.CityDepartmentId}::uuid]
                                     AND c.specialty = ANY({specialties}::text[]))))
            GROUP BY GROUPING SETS ((r.status), ())
            """).ToListAsync(cancellationToken);

        var byStatus = rows.Where(r => r.GroupingLevel == 0).ToDictionary(r => r.Status!, r => r.Referrals, StringComparer.Ordinal);
        return new ReferralKpis(
            rows.Single(r => r.GroupingLevel == 1).Referrals,
            [.. ReferralOrder.Select(s => new KpiCount(s.ToString(), Labels.Zh(s), byStatus.GetValueOrDefault(s.ToString())))]);
    }

    private static TimeToClaimKpi TimeToClaim(ConsultationRow r) =>
        new(r.Claimed, r.MedianMinutes, r.P90Minutes, Rate(r.ClaimedWithinTarget, r.Claimed));

    internal sealed class RotationRow
    {
        [Column("role")]
        public string? Role { get; set; }

        [Column("host_hospital_id")]
        public Guid? HostHospitalId { get; set; }

        [Column("host_hospital_name")]
        public string? HostHospitalName { get; set; }

        [Column("grouping_level")]
        public int GroupingLevel { get; set; }

        [Column("rotations")]
        public int Rotations { get; set; }

        [Column("clinician_days")]
        public int ClinicianDays { get; set; }
    }

    internal sealed class ActivityRow
    {
        [Column("kind")]
        public string? Kind { get; set; }

        [Column("grouping_level")]
        public int GroupingLevel { get; set; }

        [Column("activities")]
        public int Activities { get; set; }

        [Column("participants")]
        public int Participants { get; set; }

        [Column("people_reached")]
        public int PeopleReached { get; set; }
    }

    internal sealed class GapRow
    {
        [Column("hospital_id")]
        public Guid? HospitalId { get; set; }

        [Column("hospital_name")]
        public string? HospitalName { get; set; }

        [Column("scope")]
        public string? Scope { get; set; }

        [Column("grouping_level")]
        public int GroupingLevel { get; set; }

        [Column("filled")]
        public int Filled { get; set; }
    }

    internal sealed class ConsultationRow
    {
        [Column("status")]
        public string? Status { get; set; }

        [Column("specialty")]
        public string? Specialty { get; set; }

        [Column("urgency")]
        public string? Urgency { get; set; }

        [Column("step")]
        public DateOnly? Step { get; set; }

        [Column("grouping_level")]
        public int GroupingLevel { get; set; }

        [Column("requested")]
        public int Requested { get; set; }

        [Column("claimed")]
        public int Claimed { get; set; }

        [Column("claimed_within_target")]
        public int ClaimedWithinTarget { get; set; }

        [Column("awaiting_response")]
        public int AwaitingResponse { get; set; }

        [Column("withdrawn_before_target")]
        public int WithdrawnBeforeTarget { get; set; }

        [Column("median_minutes")]
        public decimal? MedianMinutes { get; set; }

        [Column("p90_minutes")]
        public decimal? P90Minutes { get; set; }

        [Column("completed")]
        public int Completed { get; set; }

        [Column("rated")]
        public int Rated { get; set; }

        [Column("mean_rating")]
        public decimal? MeanRating { get; set; }

        [Column("rated_four_or_five")]
        public int RatedFourOrFive { get; set; }

        [Column("referral_avoided")]
        public int ReferralAvoided { get; set; }
    }

    internal sealed class ReferralRow
    {
        [Column("status")]
        public string? Status { get; set; }

        [Column("grouping_level")]
        public int GroupingLevel { get; set; }

        [Column("referrals")]
        public int Referrals { get; set; }
    }
}
