using System.Net;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reports;

/// <summary>
/// A pairing's scorecard: the report's measures limited to the work between its county hospital and its city department
/// (see <see cref="ConsultationKpiDataSet"/>: the county is paired with city critical care and city cardiology).
/// </summary>
public sealed class PairingScorecardTests(ConsultationKpiFixture fixture) : IClassFixture<ConsultationKpiFixture>
{
    private AllianceApi Api => fixture.Api;

    private ConsultationKpiDataSet Data => fixture.Data;

    private async Task<PairingScorecard> ScorecardAsync(Guid pairing, string? query = null, string email = Demo.Admin)
    {
        using var client = await Api.ClientFor(email);
        return await (await client.GetAsync($"/api/pairings/{pairing}/scorecard{(query is null ? string.Empty : "?" + query)}"))
            .ShouldBe<PairingScorecard>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Consultations_AreThoseOfItsCountyToItsCityDepartment_ForItsSpecialties()
    {
        var criticalCare = await ScorecardAsync(Data.CriticalCarePairingId, ConsultationKpiDataSet.Period);
        var cardiology = await ScorecardAsync(Data.CardiologyPairingId, ConsultationKpiDataSet.Period);

        criticalCare.CountyHospitalName.ShouldBe(ConsultationKpiFixture.CountyName);
        criticalCare.CityDepartmentId.ShouldBe(Data.County.CityDepartmentId);
        criticalCare.Specialties.ShouldBe(["critical-care"]);
        var c = criticalCare.Consultations;
        c.Requested.ShouldBe(9);
        c.BySpecialty.ShouldBe([new KpiCount("critical-care", "重症医学科", 9)]);
        c.TimeToClaim.ShouldBe(new TimeToClaimKpi(5, 30.0m, 76.0m, new KpiRate(4, 5, 0.8m)), "A B C D E: 10, 20, 40, 30, 100 minutes");
        c.ResponseRate.ShouldBe(new KpiRate(4, 8, 0.5m));
        c.ResolutionRate.ShouldBe(new KpiRate(4, 5, 0.8m));
        c.Satisfaction.ShouldBe(new SatisfactionKpi(3, 3.67m, new KpiRate(2, 3, 0.6667m)));
        criticalCare.Referrals.ByOutcome.Where(o => o.Count > 0).Select(o => (o.Code, o.Count)).ShouldBe([("Requested", 1)]);

        cardiology.Consultations.Requested.ShouldBe(1);
        cardiology.Consultations.TimeToClaim.ShouldBe(new TimeToClaimKpi(1, 60.0m, 60.0m, new KpiRate(1, 1, 1m)));
        cardiology.Referrals.ByOutcome.Where(o => o.Count > 0).Select(o => (o.Code, o.Count)).ShouldBe([("Admitted", 1)]);
    }

    [Fact]
    public async Task TheDefaultPeriod_IsTheLast12Months_WithTheWorkBetweenItsTwoSides()
    {
        var today = WorkKit.Today;

        var criticalCare = await ScorecardAsync(Data.CriticalCarePairingId);
        var cardiology = await ScorecardAsync(Data.CardiologyPairingId);

        criticalCare.Period.ShouldBe(new ReportPeriod(today.AddMonths(-12).AddDays(1), today));
        criticalCare.Consultations.Requested.ShouldBe(1, "the request made today; March 2024 is long before");
        criticalCare.Consultations.AwaitingResponse.ShouldBe(1);

        // Rotations: the city ICU clinician at the county (11 days to today) and the county clinician studying at city ICU (3 days).
        criticalCare.Rotations.Rotations.ShouldBe(2);
        criticalCare.Rotations.ClinicianDays.ShouldBe(14);
        criticalCare.Rotations.ByRole.Select(r => r.Role).ShouldBe(["InboundAdvancedStudy", "ResidentExpert"]);
        cardiology.Rotations.ByRole.Select(r => (r.Role, r.ClinicianDays)).ShouldBe([("VisitingExpert", 5)]);

        // Gaps of the county filled with each city department's mentoring.
        criticalCare.Gaps.Filled.ShouldBe(1);
        cardiology.Gaps.Filled.ShouldBe(1);
        criticalCare.Gaps.ByHospital.ShouldHaveSingleItem().HospitalId.ShouldBe(Data.County.HospitalId);

        // Activities of both hospitals, or of the pairing's city party branch; never one without the city.
        criticalCare.Activities.ShouldBe(new ActivityKpis(1, 10, 100, criticalCare.Activities.ByKind));
        (cardiology.Activities.Activities, cardiology.Activities.Participants, cardiology.Activities.PeopleReached).ShouldBe((2, 16, 160));
    }

    [Fact]
    public async Task ItIsSeenByWhoeverSeesThePairing_AndNotFoundByOthers()
    {
        var url = $"/api/pairings/{Data.CriticalCarePairingId}/scorecard";
        foreach (var email in new[] { Data.CoordinatorEmail, Data.ClinicianEmail, Demo.CityCoordinator, Demo.IcuSpecialist })
        {
            using var client = await Api.ClientFor(email);
            await (await client.GetAsync(url)).ShouldHaveStatus(HttpStatusCode.OK);
            await (await client.GetAsync(url.Replace("/scorecard", "/scorecard.csv", StringComparison.Ordinal))).ShouldHaveStatus(HttpStatusCode.OK);
        }

        foreach (var email in new[] { Demo.LangaoCoordinator, Demo.ZiyangClinician })
        {
            using var client = await Api.ClientFor(email);
            await (await client.GetAsync(url)).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
            await (await client.GetAsync(url + ".csv")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        }

        using var admin = await Api.ClientFor(Demo.Admin);
        await (await admin.GetAsync($"/api/pairings/{Guid.CreateVersion7()}/scorecard")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        using var anonymous = Api.Anonymous();
        (await anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task BadParameters_AreFieldErrors()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var url = $"/api/pairings/{Data.CriticalCarePairingId}/scorecard";

        (await (await admin.GetAsync($"{url}?from=2026-03-01&to=2026-02-01")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation"))
            .Errors!.Keys.ShouldBe(["to"]);
        (await (await admin.GetAsync($"{url}?interval=hour")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation"))
            .Errors!.Keys.ShouldBe(["interval"]);
        (await (await admin.GetAsync($"{url}.csv?from=3000-01-01")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation"))
            .Errors!.Keys.ShouldBe(["from"]);
    }

    [Fact]
    public async Task TheCsv_HoldsTheSameFiguresAsTheJson()
    {
        var json = await ScorecardAsync(Data.CardiologyPairingId);
        using var admin = await Api.ClientFor(Demo.Admin);

        using var response = await admin.GetAsync($"/api/pairings/{Data.CardiologyPairingId}/scorecard.csv");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"')
            .ShouldBe($"scorecard_{Data.CardiologyPairingId}_{json.Period.From:yyyy-MM-dd}_{json.Period.To:yyyy-MM-dd}.csv");
        var rows = await CsvFile.ReadAsync(response);

        rows[0].ShouldBe(["板块", "指标", "维度", "代码", "名称", "数值"]);
        rows.Single(r => r[1] == "县级医院")[4].ShouldBe(ConsultationKpiFixture.CountyName);
        rows.Single(r => r[1] == "市级科室")[4].ShouldBe("心血管内科");
        rows.ShouldHoldTheFiguresOf(json.Consultations, json.Referrals);
        rows.Figure("轮转帮扶", "人日", "合计").ShouldBe(json.Rotations.ClinicianDays);
        rows.Figure("联建活动", "受益人数", "合计").ShouldBe(160);
        rows.Figure("技术空白", "已填补", "合计").ShouldBe(json.Gaps.Filled);
    }
}
