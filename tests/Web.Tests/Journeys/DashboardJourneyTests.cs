using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>
/// An administrator opens the dashboard and sees the figures the reports API returns for that period, switches the
/// hospital and the period, downloads the CSV, and reads a pairing's scorecard.
/// </summary>
public sealed class DashboardJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    private static string Raw(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>The page's big numbers carry the API's figures (data-value, invariant) and read them as percentages.</summary>
    private static async Task ShouldShowAsync(ILocator scope, ConsultationKpis c, RotationKpis r, ActivityKpis a, GapKpis g)
    {
        await Assertions.Expect(scope.GetByTestId("kpi-requested")).ToHaveAttributeAsync("data-value", c.Requested.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(scope.GetByTestId("kpi-response-rate")).ToHaveAttributeAsync("data-value", Raw(c.ResponseRate.Share));
        await Assertions.Expect(scope.GetByTestId("kpi-response-rate-value")).ToHaveTextAsync(Percent(c.ResponseRate.Share));
        await Assertions.Expect(scope.GetByTestId("kpi-resolution-rate")).ToHaveAttributeAsync("data-value", Raw(c.ResolutionRate.Share));
        await Assertions.Expect(scope.GetByTestId("kpi-resolution-rate-value")).ToHaveTextAsync(Percent(c.ResolutionRate.Share));
        await Assertions.Expect(scope.GetByTestId("kpi-satisfaction-rate")).ToHaveAttributeAsync("data-value", Raw(c.Satisfaction.RatedFourOrFive.Share));
        await Assertions.Expect(scope.GetByTestId("kpi-median")).ToHaveAttributeAsync("data-value", Raw(c.TimeToClaim.MedianMinutes));
        await Assertions.Expect(scope.GetByTestId("kpi-p90")).ToHaveAttributeAsync("data-value", Raw(c.TimeToClaim.P90Minutes));
        await Assertions.Expect(scope.GetByTestId("kpi-within-target")).ToHaveAttributeAsync("data-value", Raw(c.TimeToClaim.WithinTarget.Share));
        await Assertions.Expect(scope.GetByTestId("kpi-clinician-months")).ToHaveAttributeAsync("data-value", Raw(r.ClinicianMonths));
        await Assertions.Expect(scope.GetByTestId("kpi-people-reached")).ToHaveAttributeAsync("data-value", a.PeopleReached.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(scope.GetByTestId("kpi-gaps-filled")).ToHaveAttributeAsync("data-value", g.Filled.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Administrator_SeesTheReportsFigures_SwitchesTheFilters_DownloadsTheCsv_AndReadsAScorecard()
    {
        using var api = await fixture.Api.ClientFor(Journey.Admin);
        var langao = await fixture.Api.Db(db => db.Hospitals.Where(h => h.Name == "岚皋县人民医院").Select(h => h.Id).SingleAsync());
        var page = await browser.NewPageAsync(fixture.Api.Address);
        await page.SignInAsync(Journey.Admin);

        // The whole alliance, this year to date (the API's default period too).
        await page.GetByTestId("nav-dashboard").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("联盟数据看板");
        var report = (await api.GetFromJsonAsync<KpiReport>("/api/reports/kpis"))!;
        var dashboard = page.GetByTestId("dashboard");
        await Assertions.Expect(dashboard).ToHaveAttributeAsync("data-from", $"{report.Period.From:yyyy-MM-dd}");
        await Assertions.Expect(dashboard).ToHaveAttributeAsync("data-to", $"{report.Period.To:yyyy-MM-dd}");
        await Assertions.Expect(dashboard).ToHaveAttributeAsync("data-hospital", string.Empty);
        report.Consultations.Requested.ShouldBeGreaterThan(0, "the demo's consultations are this year's");
        await ShouldShowAsync(dashboard, report.Consultations, report.Rotations, report.Activities, report.Gaps);
        await Assertions.Expect(page.GetByTestId("chart-over-time-data").Locator("tbody tr")).ToHaveCountAsync(report.Consultations.OverTime.Count);
        await Assertions.Expect(page.GetByTestId("chart-referrals-data").Locator("tbody td"))
            .ToHaveTextAsync([.. report.Referrals.ByOutcome.Select(o => o.Count.ToString(CultureInfo.InvariantCulture))]);
        var byYear = (await api.GetFromJsonAsync<TechnologyGapReport>("/api/reports/technology-gaps?groupBy=year"))!;
        await Assertions.Expect(page.GetByTestId("chart-gaps-year-data").Locator("tbody tr")).ToHaveCountAsync(byYear.Rows.Count);
        await page.ScreenshotAsync("dashboard-administrator.png");

        // One hospital: the address says so, and the figures are that hospital's.
        await page.GetByTestId("dashboard-hospital").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "岚皋县人民医院" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"hospitalId={langao}"));
        await Assertions.Expect(dashboard).ToHaveAttributeAsync("data-hospital", langao.ToString());
        var langaoReport = (await api.GetFromJsonAsync<KpiReport>($"/api/reports/kpis?hospitalId={langao}"))!;
        await ShouldShowAsync(dashboard, langaoReport.Consultations, langaoReport.Rotations, langaoReport.Activities, langaoReport.Gaps);

        // Another period, the same hospital.
        await page.GetByTestId("preset-Last12Months").ClickAsync();
        var today = report.Period.To;
        var from = today.AddMonths(-12).AddDays(1);
        await Assertions.Expect(dashboard).ToHaveAttributeAsync("data-from", $"{from:yyyy-MM-dd}");
        var year = (await api.GetFromJsonAsync<KpiReport>($"/api/reports/kpis?from={from:yyyy-MM-dd}&to={today:yyyy-MM-dd}&hospitalId={langao}"))!;
        await ShouldShowAsync(dashboard, year.Consultations, year.Rotations, year.Activities, year.Gaps);

        // The CSV of what is shown, downloaded with the browser's own session.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-kpis").ClickAsync());
        download.SuggestedFilename.ShouldBe($"kpis_{from:yyyy-MM-dd}_{today:yyyy-MM-dd}.csv");
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        bytes.Take(3).ShouldBe([(byte)0xEF, (byte)0xBB, (byte)0xBF]);
        System.Text.Encoding.UTF8.GetString(bytes).ShouldContain("岚皋县人民医院");

        // A pairing's scorecard, on its page: Shiquan's cardiology pairing, busy with the demo's consultations.
        await page.GetByTestId("nav-pairings").ClickAsync();
        await page.Locator("tr", new() { HasText = "石泉县医院" }).GetByTestId("pairing-link").First.ClickAsync();
        var scorecard = page.GetByTestId("scorecard-figures");
        await Assertions.Expect(scorecard).ToBeVisibleAsync();
        var pairingId = page.Url[(page.Url.LastIndexOf('/') + 1)..].Split('?')[0];
        var card = (await api.GetFromJsonAsync<PairingScorecard>($"/api/pairings/{pairingId}/scorecard"))!;
        await Assertions.Expect(scorecard).ToHaveAttributeAsync("data-from", $"{card.Period.From:yyyy-MM-dd}");
        card.CountyHospitalName.ShouldBe("石泉县医院");
        await ShouldShowAsync(scorecard, card.Consultations, card.Rotations, card.Activities, card.Gaps);
        var wide = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.mud-main-content *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
            """);
        wide.ShouldBeEmpty("nothing on the page is wider than the window");
        await page.ScreenshotAsync("scorecard-administrator.png");
    }
}
