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
}
