using Mediator;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Reports;

/// <summary>A pairing's scorecard as CSV: the KPI export's long form, the same figures as <see cref="GetPairingScorecard"/>.</summary>
public sealed record ExportPairingScorecard(Guid PairingId, DateOnly? From, DateOnly? To, string? Interval = null) : IQuery<Result<CsvDocument>>;

public sealed class ExportPairingScorecardHandler(ISender sender) : IQueryHandler<ExportPairingScorecard, Result<CsvDocument>>
{
    public async ValueTask<Result<CsvDocument>> Handle(ExportPairingScorecard query, CancellationToken cancellationToken)
    {
        var scorecard = await sender.Send(new GetPairingScorecard(query.PairingId, query.From, query.To, query.Interval), cancellationToken);
        return scorecard.IsSuccess
            ? new CsvDocument(
                $"scorecard_{scorecard.Value.PairingId}_{scorecard.Value.Period.From:yyyy-MM-dd}_{scorecard.Value.Period.To:yyyy-MM-dd}.csv",
                PairingScorecardCsv.Write(scorecard.Value).ToBytes())
            : scorecard.Error;
    }
}

public static class PairingScorecardCsv
{
    public static CsvWriter Write(PairingScorecard s)
    {
        var csv = new CsvWriter().Row(KpiReportCsv.Header);
        csv.Row("报告", "统计开始", null, null, null, s.Period.From)
            .Row("报告", "统计结束", null, null, null, s.Period.To)
            .Row("报告", "结对", null, s.PairingId, $"{s.CityHospitalName} {s.CityDepartmentName} — {s.CountyHospitalName}", null)
            .Row("报告", "市级科室", null, s.CityDepartmentId, s.CityDepartmentName, null)
            .Row("报告", "县级医院", null, s.CountyHospitalId, s.CountyHospitalName, null);
        KpiReportCsv.Consultations(csv, s.Consultations);
        KpiReportCsv.Referrals(csv, s.Referrals);
        KpiReportCsv.Rotations(csv, s.Rotations);
        KpiReportCsv.Activities(csv, s.Activities);
        KpiReportCsv.Gaps(csv, s.Gaps);
        return csv;
    }
}
