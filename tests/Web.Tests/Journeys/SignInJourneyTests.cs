using System.Diagnostics;
using Microsoft.Playwright;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>A person signs in from the sign-in page, as they would every morning.</summary>
public sealed class SignInJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Administrator_SignsIn_AndSeesTheAllianceHospitals()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);
        var started = Stopwatch.StartNew();

        await page.GotoAsync("/");
        await page.GetByTestId("email").FillAsync("admin@ankang.demo");
        Console.WriteLine($"Sign-in page usable after a cold load: {started.ElapsedMilliseconds} ms");
        await page.GetByTestId("password").FillAsync("Demo#2026");
        await page.GetByTestId("signin-submit").ClickAsync();

        var table = page.GetByTestId("hospitals-table");
        await Assertions.Expect(table).ToContainTextAsync("安康市中心医院");
        await Assertions.Expect(table).ToContainTextAsync("岚皋县人民医院");
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("王立新");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "hospitals-administrator.png") });

        await page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signin-submit")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task WrongPassword_IsExplainedInWords_OnTheSignInPage()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);

        await page.GotoAsync("/signin");
        await page.GetByTestId("email").FillAsync("doctor@shiquan.demo");
        await page.GetByTestId("password").FillAsync("not-the-password");
        await page.GetByTestId("signin-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("signin-error")).ToContainTextAsync("邮箱或密码不正确");
        await Assertions.Expect(page.GetByTestId("signin-submit")).ToBeEnabledAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "signin-error.png") });
    }

    [Fact]
    public async Task CountyCoordinator_SeesOnlyTheirHospitalAndThePairedCityHospital()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);

        await page.GotoAsync("/signin");
        await page.GetByTestId("email").FillAsync("coordinator@langao.demo");
        await page.GetByTestId("password").FillAsync("Demo#2026");
        await page.GetByTestId("password").PressAsync("Enter");

        var table = page.GetByTestId("hospitals-table");
        await Assertions.Expect(table).ToContainTextAsync("岚皋县人民医院");
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(table).Not.ToContainTextAsync("紫阳县人民医院");
    }
}
