using System.Net;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reports;

/// <summary>The KPI report's consultation and referral figures against the hand-computed set of <see cref="ConsultationKpiDataSet"/>.</summary>
public sealed class ConsultationKpiTests(ConsultationKpiFixture fixture) : IClassFixture<ConsultationKpiFixture>
{
    private AllianceApi Api => fixture.Api;

    private ConsultationKpiDataSet Data => fixture.Data;

    private async Task<KpiReport> ReportAsync(string query, string email = Demo.Admin)
    {
        using var client = await Api.ClientFor(email);
        return await (await client.GetAsync($"/api/reports/kpis?{query}")).ShouldBe<KpiReport>(HttpStatusCode.OK);
    }

    private Task<KpiReport> CountyReportAsync(string? extra = null) =>
        ReportAsync($"{ConsultationKpiDataSet.Period}&hospitalId={Data.County.HospitalId}{extra}");

    [Fact]
    public async Task TimeToClaim_RunsFromTheRequestToItsFirstClaimInTheHistory_MedianP90AndShareWithinTarget()
    {
        var t = (await CountyReportAsync()).Consultations.TimeToClaim;

        // Claimed after 10, 20, 30, 40, 60 and 100 minutes (E's second claim, at 300, does not count).
        t.Claimed.ShouldBe(6);
        t.MedianMinutes.ShouldBe(35.0m);
        t.P90Minutes.ShouldBe(80.0m);
        t.WithinTarget.ShouldBe(new KpiRate(5, 6, 0.8333m), "C took 40 minutes against its 30-minute emergency target");
    }

    [Fact]
    public async Task TimeToClaim_ByUrgency_MeasuresEachAgainstItsOwnTarget()
    {
        var byUrgency = (await CountyReportAsync()).Consultations.ByUrgency;

        byUrgency.Select(u => (u.Urgency, u.UrgencyNameZh, u.Requested)).ShouldBe([("Emergency", "急诊", 4), ("Urgent", "加急", 3), ("Routine", "常规", 3)]);
        byUrgency[0].TimeToClaim.ShouldBe(new TimeToClaimKpi(3, 20.0m, 36.0m, new KpiRate(2, 3, 0.6667m)));
        byUrgency[1].TimeToClaim.ShouldBe(new TimeToClaimKpi(2, 45.0m, 57.0m, new KpiRate(2, 2, 1m)));
        byUrgency[2].TimeToClaim.ShouldBe(new TimeToClaimKpi(1, 100.0m, 100.0m, new KpiRate(1, 1, 1m)));
    }

    [Fact]
    public async Task TheThreeRates_EachHaveTheirOwnDenominator()
    {
        var c = (await CountyReportAsync()).Consultations;

        // Response: claimed within target (A B D E J) of the 10 requested less H, withdrawn before its target.
        c.AwaitingResponse.ShouldBe(0);
        c.WithdrawnBeforeTarget.ShouldBe(1);
        c.ResponseRate.ShouldBe(new KpiRate(5, 9, 0.5556m));

        // Resolution: completed or closed (A B C D J) of those claimed (A B C D E J).
        c.ResolutionRate.ShouldBe(new KpiRate(5, 6, 0.8333m));

        // Satisfaction: of those closed out (A 5, B 4, C 2).
        c.Satisfaction.ShouldBe(new SatisfactionKpi(3, 3.67m, new KpiRate(2, 3, 0.6667m)));
        c.ReferralAvoided.ShouldBe(new KpiRate(2, 3, 0.6667m));
    }

    [Fact]
    public async Task Counts_ListEveryStatusAndUrgency_AndTheSpecialtiesAskedFor()
    {
        var c = (await CountyReportAsync()).Consultations;

        c.Requested.ShouldBe(10);
        c.ByStatus.Select(s => (s.Code, s.Count)).ShouldBe(
        [
            ("Requested", 1), ("Claimed", 1), ("InfoRequested", 0), ("Scheduled", 0), ("InProgress", 0),
            ("Completed", 2), ("Closed", 3), ("Rejected", 1), ("Cancelled", 2),
        ]);
        c.ByStatus.Single(s => s.Code == "Closed").NameZh.ShouldBe("已结案");
        c.BySpecialty.ShouldBe([new KpiCount("critical-care", "重症医学科", 9), new KpiCount("cardiology", "心血管内科", 1)]);
    }

    [Fact]
    public async Task OverTime_HasEveryDayOfThePeriod_WithZeros()
    {
        var c = (await CountyReportAsync()).Consultations;

        c.Interval.ShouldBe("day", "a fortnight is shown day by day");
        c.OverTime.Count.ShouldBe(14);
        c.OverTime.Select(s => s.Start).ShouldBe(Enumerable.Range(0, 14).Select(ConsultationKpiDataSet.From.AddDays));
        c.OverTime.Select(s => s.Requested).ShouldBe([2, 1, 1, 2, 1, 0, 0, 2, 1, 0, 0, 0, 0, 0]);
        c.OverTime.Select(s => s.Claimed).ShouldBe([2, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
        c.OverTime.Select(s => s.Completed).ShouldBe([2, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    }

    [Fact]
    public async Task OverTime_ByWeek_StartsOnMonday()
    {
        var c = (await CountyReportAsync("&interval=week")).Consultations;

        c.Interval.ShouldBe("week");
        c.OverTime.ShouldBe([new ConsultationStepKpi(new DateOnly(2024, 3, 4), 7, 5, 4), new ConsultationStepKpi(new DateOnly(2024, 3, 11), 3, 1, 1)]);
        var months = (await CountyReportAsync("&interval=month")).Consultations;
        months.OverTime.ShouldBe([new ConsultationStepKpi(new DateOnly(2024, 3, 1), 10, 6, 5)]);
    }

    [Fact]
    public async Task Referrals_AreCountedByWhereTheyStandNow()
    {
        var r = (await CountyReportAsync()).Referrals;

        r.Referrals.ShouldBe(2);
        r.ByOutcome.Select(o => (o.Code, o.NameZh, o.Count)).ShouldBe(
        [
            ("Requested", "待接收", 1), ("Accepted", "已接收", 0), ("Admitted", "已入院", 1), ("Returned", "已转回", 0), ("Declined", "已婉拒", 0),
        ]);
    }

    [Fact]
    public async Task TheCityHospital_CountsTheConsultationsRoutedToItsDepartments_AndTheReferralsItReceived()
    {
        var city = await ReportAsync($"{ConsultationKpiDataSet.Period}&hospitalId={Data.County.CityHospitalId}");
        var county = await CountyReportAsync();

        // In that fortnight only the test county asked the city anything.
        city.HospitalName.ShouldBe(Demo.City);
        city.Consultations.ShouldBeEquivalentTo(county.Consultations);
        city.Referrals.ShouldBeEquivalentTo(county.Referrals);
        var otherCounty = await ReportAsync($"{ConsultationKpiDataSet.Period}&hospitalId={await Api.HospitalId(Demo.Langao)}");
        otherCounty.Consultations.Requested.ShouldBe(0);
        otherCounty.Referrals.Referrals.ShouldBe(0);
    }

    [Fact]
    public async Task ARequestStillInsideItsTarget_IsAwaitingResponse_NotAMiss()
    {
        var today = WorkKit.Today;

        var c = (await ReportAsync($"from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}&hospitalId={Data.County.HospitalId}")).Consultations;

        c.Requested.ShouldBe(1);
        c.AwaitingResponse.ShouldBe(1);
        c.ResponseRate.ShouldBe(new KpiRate(0, 0, null), "nothing was due yet");
        c.TimeToClaim.ShouldBe(new TimeToClaimKpi(0, null, null, new KpiRate(0, 0, null)));
        c.Satisfaction.ShouldBe(new SatisfactionKpi(0, null, new KpiRate(0, 0, null)));
    }

    [Fact]
    public async Task TheCountysCoordinator_GetsTheSameFigures_ForTheirOwnHospital()
    {
        var asAdmin = await CountyReportAsync();

        var own = await ReportAsync(ConsultationKpiDataSet.Period, Data.CoordinatorEmail);

        own.HospitalId.ShouldBe(Data.County.HospitalId);
        own.Consultations.ShouldBeEquivalentTo(asAdmin.Consultations);
        own.Referrals.ShouldBeEquivalentTo(asAdmin.Referrals);
    }

    [Fact]
    public async Task TheCsv_HoldsTheSameConsultationAndReferralFigures_InChinese()
    {
        var json = await CountyReportAsync();
        using var admin = await Api.ClientFor(Demo.Admin);

        var rows = await CsvFile.ReadAsync(await admin.GetAsync($"/api/reports/kpis.csv?{ConsultationKpiDataSet.Period}&hospitalId={Data.County.HospitalId}"));

        rows.ShouldAllBe(r => r.Length == 6);
        rows.ShouldHoldTheFiguresOf(json.Consultations, json.Referrals);
        rows.Figure("远程会诊", "响应率", "合计").ShouldBe(0.5556m, "the hand-computed figure itself");
        rows.Single(r => r[2] == "专科" && r[3] == "critical-care")[4].ShouldBe("重症医学科");
    }
}
