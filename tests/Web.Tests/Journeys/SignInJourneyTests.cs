using System.Diagnostics;
using Microsoft.Playwright;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>A person signs in from the sign-in page, as they would every morning, and out again; an expired session sends them back.</summary>
public sealed class SignInJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Administrator_SignsIn_SeesTheAllianceHospitals_AndSignsOut()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);
        var started = Stopwatch.StartNew();

        await page.GotoAsync("/");
        await page.GetByTestId("email").FillAsync(Journey.Admin);
        Console.WriteLine($"Sign-in page usable after a cold load: {started.ElapsedMilliseconds} ms");
        await page.GetByTestId("password").FillAsync("Demo#2026");
        await page.GetByTestId("signin-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("home")).ToHaveAttributeAsync("data-role", "Administrator");
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("王立新");
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("联盟管理员");
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("安康市中心医院");

        await page.GetByTestId("nav-hospitals").ClickAsync();
        var table = page.GetByTestId("hospitals-table");
        await Assertions.Expect(table).ToContainTextAsync("安康市中心医院");
        await Assertions.Expect(table).ToContainTextAsync("岚皋县人民医院");
        await Assertions.Expect(page).ToHaveTitleAsync("联盟医院 · 专科联盟");
        await page.ScreenshotAsync("hospitals-administrator.png");

        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signin-submit")).ToBeVisibleAsync();
        await page.GotoAsync("/hospitals");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin\\?returnUrl=hospitals$"));
    }

    [Fact]
    public async Task WrongPassword_IsExplainedInWords_OnTheSignInPage()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);

        await page.GotoAsync("/signin");
        await page.GetByTestId("email").FillAsync(Journey.ShiquanClinician);
        await page.GetByTestId("password").FillAsync("not-the-password");
        await page.GetByTestId("signin-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("signin-error")).ToContainTextAsync("邮箱或密码不正确");
        await Assertions.Expect(page.GetByTestId("signin-submit")).ToBeEnabledAsync();
        await page.ScreenshotAsync("signin-error.png");
    }

    [Fact]
    public async Task CountyCoordinator_SeesOnlyTheirHospitalAndThePairedCityHospital()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);

        await page.SignInAsync(Journey.LangaoCoordinator);
        await page.GetByTestId("nav-hospitals").ClickAsync();

        var table = page.GetByTestId("hospitals-table");
        await Assertions.Expect(table).ToContainTextAsync("岚皋县人民医院");
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(table).Not.ToContainTextAsync("紫阳县人民医院");
    }

    [Fact]
    public async Task ExpiredSession_SendsThePersonToSignIn_AndBackToTheirPageAfterwards()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);
        await page.SignInAsync(Journey.CityCoordinator);
        await page.GetByTestId("nav-pairings").ClickAsync();
        await Assertions.Expect(page.GetByTestId("pairings-table")).ToBeVisibleAsync();

        // The session cookie is gone (expired, or signed out elsewhere); the next thing the page asks the API answers 401.
        await page.Context.ClearCookiesAsync();
        await page.GetByTestId("pairing-link").First.ClickAsync();

        await Assertions.Expect(page.GetByTestId("session-expired")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin\\?returnUrl=pairings%2F"));
        await page.GetByTestId("email").FillAsync(Journey.CityCoordinator);
        await page.GetByTestId("password").FillAsync("Demo#2026");
        await page.GetByTestId("password").PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("pairing-detail")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/pairings/[0-9a-f-]{36}$"));
    }
}
