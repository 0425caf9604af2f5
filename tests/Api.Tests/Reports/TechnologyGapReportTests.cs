using System.Net;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reports;

/// <summary>The technology-gap report against five gaps with known dates (see <see cref="GapReportFixture"/>).</summary>
public sealed class TechnologyGapReportTests(GapReportFixture fixture) : IClassFixture<GapReportFixture>
{
    private AllianceApi Api => fixture.Api;

    private async Task<TechnologyGapReport> ReportAsync(string query)
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        return await (await admin.GetAsync($"/api/reports/technology-gaps?hospitalId={fixture.County.HospitalId}&{query}"))
            .ShouldBe<TechnologyGapReport>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ByHospital_CountsEachStatus_AndTheMedianDaysToTheFirstCaseOfTheFilled()
    {
        var report = await ReportAsync("groupBy=hospital");

        report.GroupBy.ShouldBe("hospital");
        var row = report.Rows.ShouldHaveSingleItem();
        row.ShouldBe(new TechnologyGapReportRow(
            fixture.County.HospitalId.ToString(), GapReportFixture.CountyName, Gaps: 5, Identified: 0, Planned: 1, FirstCasePerformed: 2, Established: 1, Abandoned: 1, Filled: 3,
            MedianDaysToFirstCase: 30m));
        report.Total.ShouldBe(row with { Key = "total", Name = "合计" });
    }

    [Fact]
    public async Task ByYear_GroupsByTheYearTheGapWasIdentified()
    {
        var report = await ReportAsync("groupBy=year");

        report.Rows.Select(r => (r.Key, r.Gaps, r.Filled, r.MedianDaysToFirstCase)).ShouldBe([("2024", 1, 0, (decimal?)null), ("2025", 4, 3, 30m)]);
    }

    [Fact]
    public async Task BySpecialty_NamesEachInChinese()
    {
        var report = await ReportAsync("groupBy=specialty");

        report.Rows.Select(r => (r.Key, r.Name, r.Gaps)).ShouldBe([("critical-care", "重症医学科", 4), ("nursing", "护理", 1)]);
    }

    [Fact]
    public async Task APeriod_LimitsTheGapsToThoseIdentifiedInIt_AndAnEvenCountTakesTheMiddleTwo()
    {
        var january = await ReportAsync("from=2025-01-01&to=2025-01-31");
        var fromFebruary = await ReportAsync("from=2025-01-15");

        january.From.ShouldBe(new DateOnly(2025, 1, 1));
        january.Total.Gaps.ShouldBe(2);
        january.Total.MedianDaysToFirstCase.ShouldBe(20m, "the median of 10 and 30");
        fromFebruary.Total.Gaps.ShouldBe(2);
        fromFebruary.Total.Filled.ShouldBe(1);
        fromFebruary.Total.MedianDaysToFirstCase.ShouldBe(58m);
    }

    [Fact]
    public async Task TheDemoShiquanCardiology_IsEightGapsSixFilled()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var shiquan = await Api.HospitalId(Demo.Shiquan);

        var report = await (await admin.GetAsync($"/api/reports/technology-gaps?groupBy=specialty&hospitalId={shiquan}")).ShouldBe<TechnologyGapReport>(HttpStatusCode.OK);

        var cardiology = report.Rows.ShouldHaveSingleItem();
        (cardiology.Name, cardiology.Gaps, cardiology.Filled, cardiology.Established, cardiology.Planned).ShouldBe(("心血管内科", 8, 6, 3, 2));
        cardiology.MedianDaysToFirstCase.ShouldNotBeNull();
    }
}
