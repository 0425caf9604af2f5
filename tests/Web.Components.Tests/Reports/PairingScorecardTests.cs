using SpecialtyAlliance.Contracts.Staff;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Web.Components.Reports;
using SpecialtyAlliance.Web.Components.Tests.Kit;
using SpecialtyAlliance.Web.Pages;
using SpecialtyAlliance.Web.Services;

namespace SpecialtyAlliance.Web.Components.Tests.Reports;

/// <summary>The scorecard on a pairing's page: its period in the address (the last 12 months by default), its figures, its CSV.</summary>
public sealed class PairingScorecardTests : WebTestContext
{
    private static readonly Guid PairingId = Guid.Parse("0199aaaa-0000-7000-8000-0000000000aa");
    private static readonly Guid CityDepartmentId = Guid.NewGuid();

    public PairingScorecardTests()
    {
        Services.AddSingleton<TimeProvider>(new StoppedClock());
        Api.Get("/api/specialties", new[] { new SpecialtyResponse("critical-care", "重症医学科", "Critical care") });
        Api.Get("/api/hospitals", new PagedResponse<HospitalResponse>([], 1, 100, 0));
        Api.Get($"/api/pairings/{PairingId}", new PairingResponse(
            PairingId, CityDepartmentId, "重症医学科", CityHospitalId, null, LangaoHospitalId, "岚皋县人民医院", null, ["critical-care"],
            new DateOnly(2025, 6, 1), "共建重症医学科", PairingStatus.Active, DateTimeOffset.UtcNow, 7));
    }

    private static PairingScorecard Scorecard(DateOnly from, DateOnly to)
    {
        var kpis = ReportData.Kpis(from, to);
        return new PairingScorecard
        {
            Period = new ReportPeriod(from, to),
            PairingId = PairingId,
            PairingStatus = "Active",
            CityHospitalId = CityHospitalId,
            CityHospitalName = "安康市中心医院",
            CityDepartmentId = CityDepartmentId,
            CityDepartmentName = "重症医学科",
            CountyHospitalId = LangaoHospitalId,
            CountyHospitalName = "岚皋县人民医院",
            Specialties = ["critical-care"],
            Consultations = kpis.Consultations,
            Referrals = kpis.Referrals,
            Rotations = kpis.Rotations,
            Activities = kpis.Activities,
            Gaps = kpis.Gaps,
        };
    }

    [Fact]
    public async Task ThePairingsPage_ShowsItsScorecard_ForTheLast12Months_ByDefault()
    {
        var from = new DateOnly(2025, 3, 21);
        Api.Get($"/api/pairings/{PairingId}/scorecard?from=2025-03-21&to=2026-03-20", Scorecard(from, ReportData.Today));
        await SignInAsync(Person(StaffRole.Clinician));
        Services.GetRequiredService<NavigationManager>().NavigateTo($"pairings/{PairingId}");
        RenderProviders();

        var page = Render<PairingDetail>(p => p.Add(x => x.Id, PairingId));

        page.WaitForAssertion(() => page.Find("[data-testid=scorecard-figures]").GetAttribute("data-from").ShouldBe("2025-03-21"));
        page.Find("[data-testid=scorecard] [data-testid=kpi-response-rate-value]").TextContent.ShouldBe("55.6%");
        page.Find("[data-testid=scorecard] [data-testid=kpi-clinician-months-value]").TextContent.ShouldBe("1.68");
        page.Find("[data-testid=scorecard-period]").TextContent.ShouldBe("2025年3月21日 至 2026年3月20日");
        page.Find("[data-testid=scorecard-export]").GetAttribute("href").ShouldBe($"api/pairings/{PairingId}/scorecard.csv?from=2025-03-21&to=2026-03-20");
        page.Find("[data-testid=preset-Last12Months]").GetAttribute("aria-pressed").ShouldBe("true");
    }

    [Fact]
    public async Task APeriodInTheAddress_IsThePeriodAskedFor()
    {
        var (from, to) = (new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30));
        Api.Get($"/api/pairings/{PairingId}/scorecard?from=2025-01-01&to=2025-06-30", Scorecard(from, to));
        await SignInAsync(Person(StaffRole.Administrator));
        Services.GetRequiredService<NavigationManager>().NavigateTo($"pairings/{PairingId}?from=2025-01-01&to=2025-06-30");
        RenderProviders();

        var page = Render<PairingDetail>(p => p.Add(x => x.Id, PairingId));

        page.WaitForAssertion(() => page.Find("[data-testid=scorecard-figures]").GetAttribute("data-to").ShouldBe("2025-06-30"));
        Api.Sent(HttpMethod.Get, $"/api/pairings/{PairingId}/scorecard?from=2025-01-01&to=2025-06-30").ShouldHaveSingleItem();
    }

    [Fact]
    public void APreset_IsHandedToThePage_AsTheNewPeriod()
    {
        var filter = new ReportFilter(new DateOnly(2025, 3, 21), ReportData.Today);
        Api.Get($"/api/pairings/{PairingId}/scorecard?from=2025-03-21&to=2026-03-20", Scorecard(filter.From, filter.To));
        ReportFilter? chosen = null;

        var panel = Render<PairingScorecardPanel>(p => p
            .Add(x => x.PairingId, PairingId)
            .Add(x => x.Filter, filter)
            .Add(x => x.Today, ReportData.Today)
            .Add(x => x.PeriodChanged, (ReportFilter f) => chosen = f));
        panel.WaitForAssertion(() => panel.Find("[data-testid=scorecard-figures]"));
        panel.Find("[data-testid=preset-ThisYear]").Click();

        chosen.ShouldBe(new ReportFilter(new DateOnly(2026, 1, 1), ReportData.Today));
    }

    [Fact]
    public void AScorecardTheApiRefuses_IsExplained()
    {
        Api.Problem(HttpMethod.Get, $"/api/pairings/{PairingId}/scorecard?from=2025-03-21&to=2026-03-20", 404, "not_found");

        var panel = Render<PairingScorecardPanel>(p => p
            .Add(x => x.PairingId, PairingId)
            .Add(x => x.Filter, new ReportFilter(new DateOnly(2025, 3, 21), ReportData.Today))
            .Add(x => x.Today, ReportData.Today));

        panel.WaitForAssertion(() => panel.Find("[data-testid=problem]").GetAttribute("data-code").ShouldBe("not_found"));
        panel.FindAll("[data-testid=scorecard-figures]").ShouldBeEmpty();
    }
}
