using SpecialtyAlliance.Contracts.Staff;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Web.Components.Tests.Kit;
using SpecialtyAlliance.Web.Localization;
using SpecialtyAlliance.Web.Pages;

namespace SpecialtyAlliance.Web.Components.Tests.Reports;

/// <summary>The administrators' (and coordinators') dashboard: big numbers, charts or words for an empty period, filters in the address.</summary>
public sealed class DashboardTests : WebTestContext
{
    private static readonly DateOnly YearStart = new(2026, 1, 1);

    public DashboardTests()
    {
        Services.AddSingleton<TimeProvider>(new StoppedClock());
        Api.Get("/api/specialties", new[] { new SpecialtyResponse("critical-care", "重症医学科", "Critical care"), new SpecialtyResponse("cardiology", "心血管内科", "Cardiology") });
        Api.Get("/api/hospitals", new PagedResponse<HospitalResponse>(
            [new(CityHospitalId, "安康市中心医院", "Ankang Central Hospital", HospitalTier.CityCenter, HospitalKind.General, "安康市", 1),
             new(LangaoHospitalId, "岚皋县人民医院", "Langao County People's Hospital", HospitalTier.County, HospitalKind.General, "岚皋县", 1)], 1, 100, 2));
        Api.Get("/api/reports/technology-gaps?groupBy=hospital", ReportData.Gaps("hospital", ReportData.GapRow(LangaoHospitalId.ToString(), "岚皋县人民医院", 4, 3)));
        Api.Get("/api/reports/technology-gaps?groupBy=year", ReportData.Gaps("year", ReportData.GapRow("2025", "2025", 3, 2), ReportData.GapRow("2026", "2026", 1, 1)));
    }

    private static string KpisPath(DateOnly from, DateOnly to, Guid? hospital = null) =>
        $"/api/reports/kpis?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}" + (hospital is { } h ? $"&hospitalId={h}" : string.Empty);

    private async Task<IRenderedComponent<Dashboard>> RenderAsAsync(StaffRole role, string address = "dashboard")
    {
        await SignInAsync(Person(role));
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        RenderProviders();
        return Render<Dashboard>();
    }

    [Fact]
    public async Task TheThreeRates_AreBigNumbersInPercent_SayingWhatTheyCountOfWhat()
    {
        Api.Get(KpisPath(YearStart, ReportData.Today), ReportData.Kpis(YearStart, ReportData.Today));

        var page = await RenderAsAsync(StaffRole.Administrator);

        page.WaitForAssertion(() => page.Find("[data-testid=kpi-response-rate-value]").TextContent.ShouldBe("55.6%"));
        page.Find("[data-testid=kpi-response-rate-caption]").TextContent.ShouldBe("5 / 9 例");
        page.Find("[data-testid=kpi-response-rate]").GetAttribute("data-value").ShouldBe("0.5556");
        page.Find("[data-testid=kpi-resolution-rate-value]").TextContent.ShouldBe("83.3%");
        page.Find("[data-testid=kpi-satisfaction-rate-value]").TextContent.ShouldBe("66.7%");
        page.Find("[data-testid=kpi-satisfaction-rate]").TextContent.ShouldContain("平均 3.67 分");
        page.Find("[data-testid=kpi-median-value]").TextContent.ShouldBe("35 分钟");
        page.Find("[data-testid=kpi-p90-value]").TextContent.ShouldBe("1 小时 20 分钟");
        page.Find("[data-testid=kpi-clinician-months-value]").TextContent.ShouldBe("1.68");
        page.Find("[data-testid=kpi-people-reached-value]").TextContent.ShouldBe("312");
        page.Find("[data-testid=kpi-awaiting]").TextContent.ShouldContain("时限前撤回 1 例");
        page.Find("[data-testid=dashboard-period]").TextContent.ShouldBe("2026年1月1日 至 2026年3月20日");
    }

    [Fact]
    public async Task TheCharts_CarryTheReportsFigures()
    {
        Api.Get(KpisPath(YearStart, ReportData.Today), ReportData.Kpis(YearStart, ReportData.Today));

        var page = await RenderAsAsync(StaffRole.Administrator);

        page.WaitForAssertion(() => page.FindAll("[data-testid=chart-over-time-data] tbody tr").Count.ShouldBe(2));
        page.FindAll("[data-testid=chart-over-time-data] tbody tr")[0].TextContent.ShouldContain("3月2日");
        page.FindAll("[data-testid=chart-over-time-data] tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent).ShouldBe(["7", "5", "4"]);
        page.FindAll("[data-testid=chart-specialty-data] tbody tr").Select(tr => tr.GetAttribute("data-label")).ShouldBe(["重症医学科", "心血管内科"]);
        page.FindAll("[data-testid=chart-urgency-data] tbody td").Select(td => td.TextContent).ShouldBe(["4", "3", "3"]);
        page.FindAll("[data-testid=chart-referrals-data] tbody td").Select(td => td.TextContent).ShouldBe(["1", "0", "1", "0", "0"]);
        page.FindAll("[data-testid=chart-gaps-hospital-data] tbody tr").Single().GetAttribute("data-label").ShouldBe("岚皋县人民医院");
        page.FindAll("[data-testid=chart-gaps-year-data] tbody tr").Select(tr => tr.GetAttribute("data-label")).ShouldBe(["2025", "2026"]);
        page.FindAll(".mud-chart").Count.ShouldBeGreaterThan(5);
    }

    [Fact]
    public async Task AnEmptyPeriod_SaysSoInWords_InsteadOfDrawingEmptyCharts()
    {
        var day = new DateOnly(2026, 3, 1);
        Api.Get(KpisPath(day, day), ReportData.Empty(day, day));
        Api.Get("/api/reports/technology-gaps?groupBy=hospital", ReportData.Gaps("hospital"));
        Api.Get("/api/reports/technology-gaps?groupBy=year", ReportData.Gaps("year"));

        var page = await RenderAsAsync(StaffRole.Administrator, "dashboard?from=2026-03-01&to=2026-03-01");

        page.WaitForAssertion(() => page.Find("[data-testid=kpi-no-consultations]").TextContent.ShouldBe("该期间没有远程会诊申请。"));
        page.Find("[data-testid=kpi-response-rate-value]").TextContent.ShouldBe("—");
        page.Find("[data-testid=kpi-median-value]").TextContent.ShouldBe("—");
        page.FindAll("[data-testid=chart-over-time]").ShouldBeEmpty();
        page.Find("[data-testid=chart-referrals-empty]").TextContent.ShouldBe("该期间没有转诊。");
        page.Find("[data-testid=chart-rotations-empty]").TextContent.ShouldBe("该期间没有进行中的帮扶或进修。");
        page.Find("[data-testid=chart-activities-empty]").TextContent.ShouldBe("该期间没有联建活动。");
        page.Find("[data-testid=chart-gaps-year-empty]").TextContent.ShouldBe("还没有记录技术空白。");
        page.FindAll(".mud-chart").ShouldBeEmpty();
    }

    [Fact]
    public async Task TheAddress_IsTheFilter_TheApiIsAskedFor()
    {
        var from = new DateOnly(2025, 7, 1);
        var to = new DateOnly(2025, 12, 31);
        Api.Get(KpisPath(from, to, LangaoHospitalId), ReportData.Kpis(from, to, LangaoHospitalId, "岚皋县人民医院"));
        Api.Get($"/api/reports/technology-gaps?groupBy=hospital&hospitalId={LangaoHospitalId}", ReportData.Gaps("hospital"));
        Api.Get($"/api/reports/technology-gaps?groupBy=year&hospitalId={LangaoHospitalId}", ReportData.Gaps("year"));

        var page = await RenderAsAsync(StaffRole.Administrator, $"dashboard?from=2025-07-01&to=2025-12-31&hospitalId={LangaoHospitalId}");

        page.WaitForAssertion(() => page.Find("[data-testid=dashboard]").GetAttribute("data-hospital").ShouldBe(LangaoHospitalId.ToString()));
        Api.Sent(HttpMethod.Get, KpisPath(from, to, LangaoHospitalId)).ShouldHaveSingleItem();
        page.Find("[data-testid=dashboard-intro]").TextContent.ShouldStartWith("岚皋县人民医院");
        page.Find("[data-testid=export-kpis]").GetAttribute("href").ShouldBe($"api/reports/kpis.csv?from=2025-07-01&to=2025-12-31&hospitalId={LangaoHospitalId}");
        page.Find("[data-testid=export-kpis]").HasAttribute("download").ShouldBeTrue("a download, not a page of the client");
        page.Find("[data-testid=export-gaps]").GetAttribute("href").ShouldBe($"api/reports/technology-gaps.csv?groupBy=hospital&hospitalId={LangaoHospitalId}");
    }

    [Fact]
    public async Task ChoosingAPreset_PutsItsPeriodInTheAddress_KeepingTheHospital()
    {
        Api.Get(KpisPath(YearStart, ReportData.Today, LangaoHospitalId), ReportData.Kpis(YearStart, ReportData.Today, LangaoHospitalId, "岚皋县人民医院"));
        var page = await RenderAsAsync(StaffRole.Administrator, $"dashboard?hospitalId={LangaoHospitalId}");
        page.WaitForAssertion(() => page.Find("[data-testid=dashboard]"));

        page.Find("[data-testid=preset-Last30Days]").Click();

        var uri = new Uri(Services.GetRequiredService<NavigationManager>().Uri);
        uri.AbsolutePath.ShouldBe("/dashboard");
        uri.Query.TrimStart('?').Split('&').Order(StringComparer.Ordinal)
            .ShouldBe(["from=2026-02-19", $"hospitalId={LangaoHospitalId}", "to=2026-03-20"]);
    }

    [Fact]
    public async Task ACoordinator_SeesTheirOwnHospital_WithoutAHospitalChoice()
    {
        Api.Get(KpisPath(YearStart, ReportData.Today), ReportData.Kpis(YearStart, ReportData.Today, LangaoHospitalId, "岚皋县人民医院"));

        var page = await RenderAsAsync(StaffRole.Coordinator, $"dashboard?hospitalId={CityHospitalId}");

        page.WaitForAssertion(() => page.Find("[data-testid=kpi-response-rate-value]").TextContent.ShouldBe("55.6%"));
        page.FindAll("[data-testid=dashboard-hospital]").ShouldBeEmpty();
        page.Find("[data-testid=dashboard-intro]").TextContent.ShouldStartWith("岚皋县人民医院");
        Api.Requests.Where(r => r.PathAndQuery.StartsWith("/api/reports/", StringComparison.Ordinal)).ShouldAllBe(r => !r.PathAndQuery.Contains("hospitalId"),
            "the API answers for the coordinator's own hospital");
    }

    [Theory]
    [InlineData(StaffRole.Specialist)]
    [InlineData(StaffRole.Clinician)]
    public async Task OtherRoles_AreToldThePageIsNotTheirs_AndNothingIsAsked(StaffRole role)
    {
        var page = await RenderAsAsync(role);

        page.Find("[data-testid=dashboard-not-allowed]").TextContent.ShouldBe("您的角色不能使用这个页面。");
        Api.Requests.ShouldNotContain(r => r.PathAndQuery.StartsWith("/api/reports/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDashboard_FollowsTheLanguage()
    {
        Api.Get(KpisPath(YearStart, ReportData.Today), ReportData.Kpis(YearStart, ReportData.Today));
        var page = await RenderAsAsync(StaffRole.Administrator);
        page.WaitForAssertion(() => page.Find("[data-testid=kpi-response-rate]").TextContent.ShouldContain("响应率"));

        await page.InvokeAsync(() => Localizer.SetLanguageAsync(Language.En));

        page.WaitForAssertion(() => page.Find("[data-testid=kpi-response-rate]").TextContent.ShouldContain("Response rate"));
        page.Find("[data-testid=kpi-response-rate-caption]").TextContent.ShouldBe("5 of 9");
        page.Find("[data-testid=kpi-p90-value]").TextContent.ShouldBe("1 h 20 min");
        page.FindAll("[data-testid=chart-specialty-data] tbody tr").Select(tr => tr.GetAttribute("data-label")).ShouldBe(["Critical care", "Cardiology"]);
    }
}
