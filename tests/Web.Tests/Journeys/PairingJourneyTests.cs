using Microsoft.Playwright;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>An administrator proposes a pairing, is told beside the field what is missing, then activates it.</summary>
public sealed class PairingJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Administrator_ProposesWithAMissingField_SeesTheErrorBesideIt_ThenActivates()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);
        await page.SignInAsync(Journey.Admin);
        await page.GetByTestId("quick-propose-pairing").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("发起结对");

        await page.GetByTestId("city-department").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "骨科" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("specialty-orthopedics")).ToBeCheckedAsync();
        await page.GetByTestId("goals").FillAsync("创伤骨科手术教学。");
        await page.GetByTestId("pairing-submit").ClickAsync();

        // The county hospital was left out: the API's refusal is shown beside that field, in Chinese.
        await Assertions.Expect(page.GetByTestId("field-countyHospitalId")).ToContainTextAsync("此项必填");
        await Assertions.Expect(page.GetByTestId("field-cityDepartmentId")).Not.ToContainTextAsync("此项必填");
        await Assertions.Expect(page.GetByTestId("problem")).ToContainTextAsync("请检查填写的内容");
        await page.ScreenshotAsync("pairing-field-error.png");

        await page.GetByTestId("county-hospital").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "宁陕县医院" }).ClickAsync();
        await page.GetByTestId("pairing-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("pairing-status")).ToHaveAttributeAsync("data-status", "Proposed");
        await Assertions.Expect(page.GetByTestId("pairing-county-hospital")).ToHaveTextAsync("宁陕县医院");
        await Assertions.Expect(page.GetByTestId("scorecard")).ToBeVisibleAsync();
        await page.GetByTestId("pairing-activate").ClickAsync();

        await Assertions.Expect(page.GetByTestId("pairing-status")).ToHaveAttributeAsync("data-status", "Active");
        await Assertions.Expect(page.GetByTestId("pairing-suspend")).ToBeVisibleAsync();
        await page.ScreenshotAsync("pairing-administrator.png");
    }

    [Fact]
    public async Task MovingAPairingSomeoneElseMovedMeanwhile_IsExplained_AndReloadShowsTheNewState()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);
        await page.SignInAsync(Journey.Admin);
        await page.GotoAsync("/pairings?status=Active");
        await page.GetByTestId("pairing-link").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("pairing-suspend")).ToBeVisibleAsync();

        // Another administrator suspends it through the API while this page still shows it Active.
        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        using (var other = await fixture.Api.ClientFor(Journey.Admin))
        using (var response = await other.PostAsync($"/api/pairings/{id}/suspend", null))
        {
            response.EnsureSuccessStatusCode();
        }

        await page.GetByTestId("pairing-suspend").ClickAsync();
        await Assertions.Expect(page.GetByTestId("problem")).ToHaveAttributeAsync("data-code", "concurrency");
        await Assertions.Expect(page.GetByTestId("problem-text")).ToContainTextAsync("有人修改了这条记录");
        await page.GetByTestId("problem-reload").ClickAsync();

        await Assertions.Expect(page.GetByTestId("pairing-status")).ToHaveAttributeAsync("data-status", "Suspended");
        await Assertions.Expect(page.GetByTestId("problem")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("pairing-activate")).ToBeVisibleAsync();
    }
}
