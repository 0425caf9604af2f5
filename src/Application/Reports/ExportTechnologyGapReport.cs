using Mediator;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Reports;

/// <summary>The technology-gap report as CSV: one record per group and the total, the same figures as the JSON.</summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record ExportTechnologyGapReport(string? GroupBy, DateOnly? From, DateOnly? To, Guid? HospitalId) : IQuery<Result<CsvDocument>>;

public sealed class ExportTechnologyGapReportHandler(ISender sender) : IQueryHandler<ExportTechnologyGapReport, Result<CsvDocument>>
{
    public async ValueTask<Result<CsvDocument>> Handle(ExportTechnologyGapReport query, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new GetTechnologyGapReport(query.GroupBy, query.From, query.To, query.HospitalId), cancellationToken);
        return report.IsSuccess
            ? new CsvDocument($"technology-gaps_{report.Value.GroupBy}.csv", TechnologyGapReportCsv.Write(report.Value).ToBytes())
            : report.Error;
    }
}

public static class TechnologyGapReportCsv
{
    public static readonly string[] Header =
        ["分组代码", "分组名称", "空白总数", "已识别", "已计划", "已完成首例", "已常规开展", "已放弃", "已填补", "首例中位天数"];

    public static CsvWriter Write(TechnologyGapReport report)
    {
        var csv = new CsvWriter().Row(Header);
        foreach (var row in report.Rows.Append(report.Total))
        {
            csv.Row(row.Key, row.Name, row.Gaps, row.Identified, row.Planned, row.FirstCasePerformed, row.Established, row.Abandoned, row.Filled, row.MedianDaysToFirstCase);
        }

        return csv;
    }
}
