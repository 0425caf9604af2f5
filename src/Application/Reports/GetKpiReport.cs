using System.ComponentModel.DataAnnotations.Schema;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Reports;

/// <summary>
/// The alliance's measures over a period (default: this year to date), for all hospitals or one: rotation
/// clinician-months, joint activities and people reached, technology gaps filled. Administrators see any hospital;
/// coordinators their own. Every figure is computed by the database (GROUPING SETS), never by counting loaded rows.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record GetKpiReport(DateOnly? From, DateOnly? To, Guid? HospitalId) : IQuery<Result<KpiReport>>;

public sealed class GetKpiReportValidator : AbstractValidator<GetKpiReport>
{
    public GetKpiReportValidator() => this.IncludePeriodRules(q => q.From, q => q.To);
}

public sealed class GetKpiReportHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetKpiReport, Result<KpiReport>>
{
    /// <summary>The days of a month in clinician-months (365.25 / 12).</summary>
    public const decimal DaysPerMonth = 30.4375m;

    public async ValueTask<Result<KpiReport>> Handle(GetKpiReport query, CancellationToken cancellationToken)
    {
        var hospital = await db.ResolveHospitalAsync(user, query.HospitalId, cancellationToken);
        if (!hospital.IsSuccess)
        {
            return hospital.Error!;
        }

        var period = ReportScope.Period(query.From, query.To, clock);
        var hospitalId = hospital.Value.Id;
        return new KpiReport
        {
            Period = period,
            HospitalId = hospitalId,
            HospitalName = hospital.Value.Name,
            Rotations = await RotationsAsync(period, hospitalId, cancellationToken),
            Activities = await ActivitiesAsync(period, hospitalId, cancellationToken),
            Gaps = await GapsAsync(period, hospitalId, cancellationToken),
        };
    }

    public static decimal Months(int days) => Math.Round(days / DaysPerMonth, 2, MidpointRounding.AwayFromZero);

    /// <summary>Rotations that took place (Active or Completed): the days of each inside the period, by role and by host hospital.</summary>
    private async Task<RotationKpis> RotationsAsync(ReportPeriod period, Guid? hospitalId, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<RotationRow>($"""
            SELECT r.role, r.host_hospital_id, h.name AS host_hospital_name,
                   GROUPING(r.role, r.host_hospital_id, h.name) AS grouping_level,
                   count(*)::int AS rotations,
                   coalesce(sum(LEAST(r.ends_on, {period.To}) - GREATEST(r.starts_on, {period.From}) + 1), 0)::int AS clinician_days
            FROM assistance_rotations r
            JOIN hospitals h ON h.id = r.host_hospital_id
            WHERE r.status IN ('Active', 'Completed')
              AND r.starts_on <= {period.To} AND r.ends_on >= {period.From}
              AND ({hospitalId}::uuid IS NULL OR r.host_hospital_id = {hospitalId} OR r.home_hospital_id = {hospitalId})
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

    /// <summary>Activities held in the period that the hospital took part in, by kind.</summary>
    private async Task<ActivityKpis> ActivitiesAsync(ReportPeriod period, Guid? hospitalId, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<ActivityRow>($"""
            SELECT a.kind, GROUPING(a.kind) AS grouping_level,
                   count(*)::int AS activities,
                   coalesce(sum(a.participants), 0)::int AS participants,
                   coalesce(sum(a.people_reached), 0)::int AS people_reached
            FROM joint_activities a
            WHERE a.held_on BETWEEN {period.From} AND {period.To}
              AND ({hospitalId}::uuid IS NULL OR a.hospital_ids @> ARRAY[{hospitalId}::uuid])
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

    /// <summary>Gaps whose first case was performed in the period and that are still filled, by hospital and by scope.</summary>
    private async Task<GapKpis> GapsAsync(ReportPeriod period, Guid? hospitalId, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<GapRow>($"""
            SELECT g.hospital_id, h.name AS hospital_name, g.scope,
                   GROUPING(g.hospital_id, h.name, g.scope) AS grouping_level,
                   count(*)::int AS filled
            FROM technology_gaps g
            JOIN hospitals h ON h.id = g.hospital_id
            WHERE g.status IN ('FirstCasePerformed', 'Established')
              AND g.first_case_on BETWEEN {period.From} AND {period.To}
              AND ({hospitalId}::uuid IS NULL OR g.hospital_id = {hospitalId} OR g.mentoring_hospital_id = {hospitalId})
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
}
