using System.Globalization;
using System.Net;
using System.Text;
using SpecialtyAlliance.Application.Reports;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reports;

/// <summary>The CSV exports: UTF-8 with a byte-order mark, Chinese text intact, the same figures as the JSON.</summary>
public sealed class ReportCsvTests(KpiFixture fixture) : IClassFixture<KpiFixture>
{
    private AllianceApi Api => fixture.Api;

    private string Query => $"from={KpiDataSet.From:yyyy-MM-dd}&to={KpiDataSet.To:yyyy-MM-dd}&hospitalId={fixture.Data.County.HospitalId}";

    private static readonly byte[] Bom = CsvFile.Bom;

    private static Task<List<string[]>> ReadCsvAsync(HttpResponseMessage response) => CsvFile.ReadAsync(response);

    private static decimal Number(string value) => CsvFile.Number(value);

    [Fact]
    public async Task KpiCsv_HasTheSameFiguresAsTheJson_InChinese()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var json = await (await admin.GetAsync($"/api/reports/kpis?{Query}")).ShouldBe<KpiReport>(HttpStatusCode.OK);

        using var response = await admin.GetAsync($"/api/reports/kpis.csv?{Query}");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"kpis_{KpiDataSet.From:yyyy-MM-dd}_{KpiDataSet.To:yyyy-MM-dd}.csv");
        var rows = await ReadCsvAsync(response);

        rows[0].ShouldBe(["板块", "指标", "维度", "代码", "名称", "数值"]);
        rows.ShouldAllBe(r => r.Length == 6);
        decimal Figure(string section, string measure, string dimension, string code = "") =>
            Number(rows.Single(r => r[0] == section && r[1] == measure && r[2] == dimension && r[3] == code)[5]);

        rows.ShouldContain(r => r[1] == "医院" && r[4] == "报表测试县医院");
        Figure("轮转帮扶", "轮转数", "合计").ShouldBe(json.Rotations.Rotations);
        Figure("轮转帮扶", "人日", "合计").ShouldBe(json.Rotations.ClinicianDays);
        Figure("轮转帮扶", "人月", "合计").ShouldBe(json.Rotations.ClinicianMonths);
        foreach (var role in json.Rotations.ByRole)
        {
            Figure("轮转帮扶", "人月", "角色", role.Role).ShouldBe(role.ClinicianMonths);
            rows.Single(r => r[2] == "角色" && r[3] == role.Role && r[1] == "人月")[4].ShouldBe(role.RoleNameZh);
        }

        foreach (var host in json.Rotations.ByHostHospital)
        {
            Figure("轮转帮扶", "人日", "接收医院", host.HospitalId.ToString()).ShouldBe(host.ClinicianDays);
            rows.ShouldContain(r => r[3] == host.HospitalId.ToString() && r[4] == host.HospitalName);
        }

        Figure("联建活动", "活动数", "合计").ShouldBe(json.Activities.Activities);
        Figure("联建活动", "受益人数", "合计").ShouldBe(json.Activities.PeopleReached);
        foreach (var kind in json.Activities.ByKind)
        {
            Figure("联建活动", "参与人数", "活动类型", kind.Kind).ShouldBe(kind.Participants);
        }

        Figure("技术空白", "已填补", "合计").ShouldBe(json.Gaps.Filled);
        foreach (var scope in json.Gaps.ByScope)
        {
            Figure("技术空白", "已填补", "填补范围", scope.Scope).ShouldBe(scope.Filled);
        }

        Figure("轮转帮扶", "人月", "合计").ShouldBe(1.68m, "the hand-computed figure itself");
    }

    [Fact]
    public async Task GapCsv_HasOneRecordPerGroupAndTheTotal_WithTheSameFiguresAsTheJson()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var json = await (await admin.GetAsync("/api/reports/technology-gaps?groupBy=hospital")).ShouldBe<TechnologyGapReport>(HttpStatusCode.OK);

        var rows = await ReadCsvAsync(await admin.GetAsync("/api/reports/technology-gaps.csv?groupBy=hospital"));

        rows[0].ShouldBe(["分组代码", "分组名称", "空白总数", "已识别", "已计划", "已完成首例", "已常规开展", "已放弃", "已填补", "首例中位天数"]);
        rows.Count.ShouldBe(json.Rows.Count + 2);
        foreach (var (row, csv) in json.Rows.Append(json.Total).Zip(rows.Skip(1)))
        {
            csv[0].ShouldBe(row.Key);
            csv[1].ShouldBe(row.Name);
            csv[2..9].Select(int.Parse).ShouldBe([row.Gaps, row.Identified, row.Planned, row.FirstCasePerformed, row.Established, row.Abandoned, row.Filled]);
            (csv[9].Length == 0 ? (decimal?)null : Number(csv[9])).ShouldBe(row.MedianDaysToFirstCase);
        }

        rows.ShouldContain(r => r[1] == Demo.Shiquan, "Chinese hospital names survive the round trip");
        rows[^1][1].ShouldBe("合计");
    }

    [Fact]
    public void Writer_QuotesWhatRfc4180Says_AndDefusesFormulas()
    {
        var csv = new CsvWriter()
            .Row("plain", "逗号,在内", "say \"hi\"", "two\r\nlines", null, 1.5m, new DateOnly(2026, 3, 1))
            .Row("=1+1", "-cmd", "@sum", "+x", -3)
            .ToString();

        csv.ShouldBe("plain,\"逗号,在内\",\"say \"\"hi\"\"\",\"two\r\nlines\",,1.5,2026-03-01\r\n'=1+1,'-cmd,'@sum,'+x,-3\r\n");
        new CsvWriter().Row("安康").ToBytes().ShouldBe([.. Bom, .. Encoding.UTF8.GetBytes("安康\r\n")]);
    }
}
