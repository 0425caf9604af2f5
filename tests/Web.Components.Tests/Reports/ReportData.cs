using SpecialtyAlliance.Contracts.Reports;

namespace SpecialtyAlliance.Web.Components.Tests.Reports;

/// <summary>Reports as the API sends them, for the dashboard's and the scorecard's component tests.</summary>
internal static class ReportData
{
    public static readonly DateOnly Today = new(2026, 3, 20);

    /// <summary>Noon in Beijing on <see cref="Today"/>.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 20, 4, 0, 0, TimeSpan.Zero);

    public static KpiReport Kpis(DateOnly from, DateOnly to, Guid? hospitalId = null, string? hospitalName = null) => new()
    {
        Period = new ReportPeriod(from, to),
        HospitalId = hospitalId,
        HospitalName = hospitalName,
        Consultations = Consultations(),
        Referrals = new ReferralKpis(2, [new("Requested", "待接收", 1), new("Accepted", "已接收", 0), new("Admitted", "已入院", 1), new("Returned", "已转回", 0), new("Declined", "已婉拒", 0)]),
        Rotations = new RotationKpis(3, 51, 1.68m, [new("ResidentExpert", "常驻专家", 1, 28, 0.92m), new("NursingMentor", "护理帮扶", 2, 23, 0.76m)], []),
        Activities = new ActivityKpis(3, 23, 312, [new("FreeClinic", "义诊", 2, 15, 300), new("TeachingRounds", "教学查房", 1, 8, 12)]),
        Gaps = new GapKpis(2, [], []),
    };

    public static ConsultationKpis Consultations() => new()
    {
        Requested = 10,
        ByStatus = [new("Requested", "待接诊", 1), new("Claimed", "已接诊", 1), new("Completed", "已出具意见", 2), new("Closed", "已结案", 3), new("Rejected", "已退回", 1), new("Cancelled", "已取消", 2)],
        BySpecialty = [new("critical-care", "重症医学科", 9), new("cardiology", "心血管内科", 1)],
        ByUrgency =
        [
            new("Emergency", "急诊", 4, new TimeToClaimKpi(3, 20m, 36m, new KpiRate(2, 3, 0.6667m))),
            new("Urgent", "加急", 3, new TimeToClaimKpi(2, 45m, 57m, new KpiRate(2, 2, 1m))),
            new("Routine", "常规", 3, new TimeToClaimKpi(1, 100m, 100m, new KpiRate(1, 1, 1m))),
        ],
        TimeToClaim = new TimeToClaimKpi(6, 35.0m, 80.0m, new KpiRate(5, 6, 0.8333m)),
        AwaitingResponse = 0,
        WithdrawnBeforeTarget = 1,
        ResponseRate = new KpiRate(5, 9, 0.5556m),
        ResolutionRate = new KpiRate(5, 6, 0.8333m),
        Satisfaction = new SatisfactionKpi(3, 3.67m, new KpiRate(2, 3, 0.6667m)),
        ReferralAvoided = new KpiRate(2, 3, 0.6667m),
        Interval = "week",
        OverTime = [new(new DateOnly(2026, 3, 2), 7, 5, 4), new(new DateOnly(2026, 3, 9), 3, 1, 1)],
    };

    /// <summary>A period in which nothing happened: every count zero, every rate without a denominator.</summary>
    public static KpiReport Empty(DateOnly from, DateOnly to) => Kpis(from, to) with
    {
        Consultations = new ConsultationKpis
        {
            Requested = 0,
            ByStatus = [new("Requested", "待接诊", 0), new("Closed", "已结案", 0)],
            BySpecialty = [],
            ByUrgency = [new("Emergency", "急诊", 0, new TimeToClaimKpi(0, null, null, new KpiRate(0, 0, null)))],
            TimeToClaim = new TimeToClaimKpi(0, null, null, new KpiRate(0, 0, null)),
            AwaitingResponse = 0,
            WithdrawnBeforeTarget = 0,
            ResponseRate = new KpiRate(0, 0, null),
            ResolutionRate = new KpiRate(0, 0, null),
            Satisfaction = new SatisfactionKpi(0, null, new KpiRate(0, 0, null)),
            ReferralAvoided = new KpiRate(0, 0, null),
            Interval = "day",
            OverTime = [new(from, 0, 0, 0)],
        },
        Referrals = new ReferralKpis(0, [new("Requested", "待接收", 0)]),
        Rotations = new RotationKpis(0, 0, 0m, [], []),
        Activities = new ActivityKpis(0, 0, 0, []),
        Gaps = new GapKpis(0, [], []),
    };

    public static TechnologyGapReport Gaps(string groupBy, params TechnologyGapReportRow[] rows) =>
        new(null, null, null, null, groupBy, rows, new TechnologyGapReportRow("total", "合计", rows.Sum(r => r.Gaps), 0, 0, 0, 0, 0, rows.Sum(r => r.Filled), null));

    public static TechnologyGapReportRow GapRow(string key, string name, int gaps, int filled) => new(key, name, gaps, gaps - filled, 0, filled, 0, 0, filled, 30m);
}

/// <summary>A clock stopped at <see cref="ReportData.Now"/>.</summary>
internal sealed class StoppedClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => ReportData.Now;
}
