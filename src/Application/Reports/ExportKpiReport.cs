using Mediator;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Reports;

/// <summary>The KPI report as CSV: one figure per record, the same figures as <see cref="GetKpiReport"/>.</summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record ExportKpiReport(DateOnly? From, DateOnly? To, Guid? HospitalId) : IQuery<Result<CsvDocument>>;

public sealed class ExportKpiReportHandler(ISender sender) : IQueryHandler<ExportKpiReport, Result<CsvDocument>>
{
    public async ValueTask<Result<CsvDocument>> Handle(ExportKpiReport query, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new GetKpiReport(query.From, query.To, query.HospitalId), cancellationToken);
        return report.IsSuccess
            ? new CsvDocument($"kpis_{report.Value.Period.From:yyyy-MM-dd}_{report.Value.Period.To:yyyy-MM-dd}.csv", KpiReportCsv.Write(report.Value).ToBytes())
            : report.Error!;
    }
}

/// <summary>
/// The KPI report's CSV layout, long form — section, measure, dimension, code, name, value — one figure per record,
/// so a spreadsheet filters and pivots it; a new section of the report is one more block here.
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

        var r = report.Rotations;
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

        var a = report.Activities;
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

        var g = report.Gaps;
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

        return csv;
    }
}
