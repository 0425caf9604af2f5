using Microsoft.Playwright;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>On a tablet (768 px wide) the navigation folds into a drawer behind the menu button.</summary>
public sealed class TabletJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task AtTabletWidth_NavigationIsADrawer_ThatOpensFromTheMenuButton_AndClosesAfterFollowingALink()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address, viewport: BrowserFixture.Tablet);
        await page.SignInAsync(Journey.CityCoordinator);
        await Assertions.Expect(page.GetByTestId("home")).ToBeVisibleAsync();

        var pairings = page.GetByTestId("nav-pairings");
        await Assertions.Expect(pairings).Not.ToBeInViewportAsync();
        await page.GetByTestId("nav-toggle").ClickAsync();
        await Assertions.Expect(pairings).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.WaitForTimeoutAsync(400); // the drawer's slide-in, for a still picture
        await page.ScreenshotAsync("tablet-drawer.png");

        await pairings.ClickAsync();
        await Assertions.Expect(page.GetByTestId("pairings-table")).ToBeVisibleAsync();
        await Assertions.Expect(pairings).Not.ToBeInViewportAsync();
    }

    [Fact]
    public async Task WithTheKeyboardOnly_SkipLinkReachesTheContent_AndEnterSubmitsTheSignIn()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address, viewport: BrowserFixture.Tablet);
        await page.GotoAsync("/signin");
        await Assertions.Expect(page.GetByTestId("signin-submit")).ToBeEnabledAsync();

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#main-content")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("email")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(Journey.CityCoordinator);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("password")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Demo#2026");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("home")).ToHaveAttributeAsync("data-role", "Coordinator");
    }
}
