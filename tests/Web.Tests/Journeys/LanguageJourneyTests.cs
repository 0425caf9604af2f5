using Microsoft.Playwright;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>Chinese by default; English at a click, in the middle of filling a form, and still English after a reload.</summary>
public sealed class LanguageJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task SwitchingLanguage_ChangesTheText_KeepsTheForm_AndSurvivesAReload()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);
        await page.SignInAsync(Journey.Admin);
        await page.GotoAsync("/pairings/new");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("发起结对");
        await page.GetByTestId("goals").FillAsync("胸痛中心共建");

        await page.GetByTestId("language-switch").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Propose pairing");
        await Assertions.Expect(page.GetByTestId("goals")).ToHaveValueAsync("胸痛中心共建");
        await Assertions.Expect(page.GetByTestId("nav-pairings")).ToHaveTextAsync("Pairings");
        await Assertions.Expect(page).ToHaveTitleAsync("Propose pairing · Specialty Alliance");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByTestId("signed-in-role")).ToHaveTextAsync("Administrator");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Propose pairing");
        await page.GotoAsync("/pairings?status=Active");
        await Assertions.Expect(page.GetByTestId("pairings-table")).ToContainTextAsync("Active");
        await Assertions.Expect(page.GetByTestId("pairings-table")).ToContainTextAsync("Shiquan County Hospital");
        await page.ScreenshotAsync("pairings-english.png");

        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.GetByTestId("pairings-table")).ToContainTextAsync("运行中");
    }

    [Fact]
    public async Task ACountyCoordinator_DeclaresAGap_InEnglish()
    {
        const string technique = "Bedside ultrasound-guided central venous catheterisation";
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var page = await browser.NewPageAsync(fixture.Api.Address);
        await page.SignInAsync(Journey.LangaoCoordinator);
        await page.GetByTestId("language-switch").ClickAsync();

        await page.GetByTestId("nav-rotations").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Rotations");
        await page.GetByTestId("nav-activities").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Joint activities");

        await page.GetByTestId("nav-technology-gaps").ClickAsync();
        await page.GetByTestId("declare-gap").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Declare a gap");
        await page.GetByTestId("gap-specialty").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Critical care", Exact = true }).ClickAsync();
        await page.GetByTestId("gap-technique").FillAsync(technique);
        await page.GetByTestId("gap-priority").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "High", Exact = true }).ClickAsync();
        await page.GetByTestId("gap-identified-on").FillAsync(today.AddDays(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("gap-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("gap-status")).ToHaveAttributeAsync("data-status", "Identified");
        await Assertions.Expect(page.GetByTestId("gap-status")).ToHaveTextAsync("Identified");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task AnAdministrator_ReadsTheDashboard_InEnglish()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);
        await page.SignInAsync(Journey.Admin);
        await page.GetByTestId("language-switch").ClickAsync();

        await Assertions.Expect(page.GetByTestId("nav-dashboard")).ToHaveTextAsync("Dashboard");
        await page.GetByTestId("nav-dashboard").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Alliance dashboard");
        await Assertions.Expect(page.GetByTestId("kpi-response-rate")).ToContainTextAsync("Response rate");
        await Assertions.Expect(page.GetByTestId("kpi-resolution-rate")).ToContainTextAsync("Resolution rate");
        await Assertions.Expect(page.GetByTestId("kpi-satisfaction-rate")).ToContainTextAsync("Satisfaction rate");
    }
}
