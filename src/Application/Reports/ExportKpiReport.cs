using Mediator;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Reports;

/// <summary>The KPI report as CSV: one figure per record, the same figures as <see cref="GetKpiReport"/>.</summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record ExportKpiReport(DateOnly? From, DateOnly? To, Guid? HospitalId, string? Interval = null) : IQuery<Result<CsvDocument>>;

public sealed class ExportKpiReportHandler(ISender sender) : IQueryHandler<ExportKpiReport, Result<CsvDocument>>
{
    public async ValueTask<Result<CsvDocument>> Handle(ExportKpiReport query, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new GetKpiReport(query.From, query.To, query.HospitalId, query.Interval), cancellationToken);
        return report.IsSuccess
            ? new CsvDocument($"kpis_{report.Value.Period.From:yyyy-MM-dd}_{report.Value.Period.To:yyyy-MM-dd}.csv", KpiReportCsv.Write(report.Value).ToBytes())
            : report.Error;
    }
}

/// <summary>
/// The KPI report's CSV layout, long form — section, measure, dimension, code, name, value — one figure per record,
/// so a spreadsheet filters and pivots it; a new section of the report is one more block here. A pairing's scorecard
/// is written with the same blocks (<see cref="PairingScorecardCsv"/>).
/// </summary>
public static class KpiReportCsv
{
    public static readonly string[] Header = ["板块", "指标", "维度", "代码", "名称", "数值"];

    public const string Total = "合计";

    public static CsvWriter Write(KpiReport report)
    {
        var csv = new CsvWriter().Row(Header);
        csv.Row("报告", "统计开始", null, null, null, report.Period.From)
            .Row("报告", "统计结束", null, null, null, report.Period.To)
            .Row("报告", "医院", null, report.HospitalId, report.HospitalName ?? "全联盟", null);
        Consultations(csv, report.Consultations);
        Referrals(csv, report.Referrals);
        Rotations(csv, report.Rotations);
        Activities(csv, report.Activities);
        Gaps(csv, report.Gaps);
        return csv;
    }

    /// <summary>The series' step in words, as the CSV's dimension of its records.</summary>
    public static string StepName(string interval) => interval switch
    {
        KpiInterval.Week => "按周",
        KpiInterval.Month => "按月",
        _ => "按日",
    };

    public static void Consultations(CsvWriter csv, ConsultationKpis c)
    {
        const string section = "远程会诊";
        csv.Row(section, "申请数", Total, null, null, c.Requested);
        foreach (var status in c.ByStatus)
        {
            csv.Row(section, "申请数", "当前状态", status.Code, status.NameZh, status.Count);
        }

        foreach (var specialty in c.BySpecialty)
        {
            csv.Row(section, "申请数", "专科", specialty.Code, specialty.NameZh, specialty.Count);
        }

        foreach (var urgency in c.ByUrgency)
        {
            csv.Row(section, "申请数", "紧急程度", urgency.Urgency, urgency.UrgencyNameZh, urgency.Requested);
        }

        TimeToClaim(csv, section, Total, null, null, c.TimeToClaim);
        foreach (var urgency in c.ByUrgency)
        {
            TimeToClaim(csv, section, "紧急程度", urgency.Urgency, urgency.UrgencyNameZh, urgency.TimeToClaim);
        }

        csv.Row(section, "待响应（未到时限）", Total, null, null, c.AwaitingResponse)
            .Row(section, "时限前撤回", Total, null, null, c.WithdrawnBeforeTarget);
        Rate(csv, section, "响应率", c.ResponseRate);
        Rate(csv, section, "解决率", c.ResolutionRate);
        csv.Row(section, "已结案（评价）数", Total, null, null, c.Satisfaction.Rated)
            .Row(section, "满意度均分", Total, null, null, c.Satisfaction.MeanRating);
        Rate(csv, section, "满意率（4–5分）", c.Satisfaction.RatedFourOrFive);
        Rate(csv, section, "避免转诊占比", c.ReferralAvoided);

        var step = StepName(c.Interval);
        foreach (var s in c.OverTime)
        {
            var code = s.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            csv.Row(section, "申请数", step, code, null, s.Requested)
                .Row(section, "已接诊数", step, code, null, s.Claimed)
                .Row(section, "已完成数", step, code, null, s.Completed);
        }
    }

    public static void Referrals(CsvWriter csv, ReferralKpis r)
    {
        const string section = "双向转诊";
        csv.Row(section, "转诊数", Total, null, null, r.Referrals);
        foreach (var outcome in r.ByOutcome)
        {
            csv.Row(section, "转诊数", "当前状态", outcome.Code, outcome.NameZh, outcome.Count);
        }
    }

    public static void Rotations(CsvWriter csv, RotationKpis r)
    {
        const string rotations = "轮转帮扶";
        csv.Row(rotations, "轮转数", Total, null, null, r.Rotations)
            .Row(rotations, "人日", Total, null, null, r.ClinicianDays)
            .Row(rotations, "人月", Total, null, null, r.ClinicianMonths);
        foreach (var role in r.ByRole)
        {
            csv.Row(rotations, "轮转数", "角色", role.Role, role.RoleNameZh, role.Rotations)
                .Row(rotations, "人日", "角色", role.Role, role.RoleNameZh, role.ClinicianDays)
                .Row(rotations, "人月", "角色", role.Role, role.RoleNameZh, role.ClinicianMonths);
        }

        foreach (var host in r.ByHostHospital)
        {
            csv.Row(rotations, "轮转数", "接收医院", host.HospitalId, host.HospitalName, host.Rotations)
                .Row(rotations, "人日", "接收医院", host.HospitalId, host.HospitalName, host.ClinicianDays)
                .Row(rotations, "人月", "接收医院", host.HospitalId, host.HospitalName, host.ClinicianMonths);
        }
    }

    public static void Activities(CsvWriter csv, ActivityKpis a)
    {
        const string activities = "联建活动";
        csv.Row(activities, "活动数", Total, null, null, a.Activities)
            .Row(activities, "参与人数", Total, null, null, a.Participants)
            .Row(activities, "受益人数", Total, null, null, a.PeopleReached);
        foreach (var kind in a.ByKind)
        {
            csv.Row(activities, "活动数", "活动类型", kind.Kind, kind.KindNameZh, kind.Activities)
                .Row(activities, "参与人数", "活动类型", kind.Kind, kind.KindNameZh, kind.Participants)
                .Row(activities, "受益人数", "活动类型", kind.Kind, kind.KindNameZh, kind.PeopleReached);
        }
    }

    public static void Gaps(CsvWriter csv, GapKpis g)
    {
        const string gaps = "技术空白";
        csv.Row(gaps, "已填补", Total, null, null, g.Filled);
        foreach (var hospital in g.ByHospital)
        {
            csv.Row(gaps, "已填补", "医院", hospital.HospitalId, hospital.HospitalName, hospital.Filled);
        }

        foreach (var scope in g.ByScope)
        {
            csv.Row(gaps, "已填补", "填补范围", scope.Scope, scope.ScopeNameZh, scope.Filled);
        }
    }

    private static void TimeToClaim(CsvWriter csv, string section, string dimension, string? code, string? name, TimeToClaimKpi t)
    {
        csv.Row(section, "已接诊数", dimension, code, name, t.Claimed)
            .Row(section, "接诊用时中位数（分钟）", dimension, code, name, t.MedianMinutes)
            .Row(section, "接诊用时P90（分钟）", dimension, code, name, t.P90Minutes)
            .Row(section, "时限内接诊数", dimension, code, name, t.WithinTarget.Count)
            .Row(section, "时限内接诊占比", dimension, code, name, t.WithinTarget.Share);
    }

    /// <summary>A rate as three records: the share (0–1), and what it counts of what.</summary>
    private static void Rate(CsvWriter csv, string section, string measure, KpiRate rate)
    {
        csv.Row(section, measure, Total, null, null, rate.Share)
            .Row(section, measure + "（分子）", Total, null, null, rate.Count)
            .Row(section, measure + "（分母）", Total, null, null, rate.Of);
    }
}
