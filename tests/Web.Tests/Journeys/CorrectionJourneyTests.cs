using Microsoft.Playwright;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>An administrator corrects a pairing's goals, and the change shows in its history panel (ADR 0037, 0038).</summary>
public sealed class CorrectionJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Administrator_EditsAPairing_AndTheChangeShowsInItsHistory()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);
        await page.SignInAsync(Journey.Admin);
        await page.GotoAsync("/pairings?status=Active");
        await page.GetByTestId("pairing-link").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("history-panel")).ToBeVisibleAsync();

        var goals = $"更正后的结对目标 {Guid.NewGuid():N}"[..16];
        await page.GetByTestId("pairing-edit").ClickAsync();
        await page.GetByTestId("edit-goals").FillAsync(goals);
        await page.GetByTestId("pairing-edit-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("pairing-edit-form")).ToHaveCountAsync(0);
        var change = page.GetByTestId("history-change").And(page.Locator("[data-field=goals]")).First;
        await Assertions.Expect(change.GetByTestId("history-to")).ToHaveTextAsync(goals);
        await Assertions.Expect(page.GetByTestId("history-who-when").First).ToContainTextAsync("修改");
        await page.ScreenshotAsync("pairing-history.png");
    }
}
