using Microsoft.Playwright;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>
/// A county asks for support; the city coordinator plans a rotation from the request (prefilled), sees it on the
/// timeline, and an overlapping rotation for the same clinician is refused in words, naming the rotation it collides with.
/// </summary>
public sealed class RotationJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task CityCoordinatorPlansARotationFromARequest_AndAnOverlappingOne_IsRefusedInWords()
    {
        const string need = "重症医学科夜班带教与院感防控：两个月。";

        // Langao's coordinator asks for two months of critical-care support.
        var county = await browser.NewPageAsync(fixture.Api.Address);
        await county.SignInAsync(Journey.LangaoCoordinator);
        await county.GetByTestId("nav-support-requests").ClickAsync();
        await county.GetByTestId("new-support-request").ClickAsync();
        await county.GetByTestId("county-department").ClickAsync();
        await county.GetByRole(AriaRole.Option, new() { Name = "重症医学科", Exact = true }).ClickAsync();
        await county.GetByTestId("specialty").ClickAsync();
        await county.GetByRole(AriaRole.Option, new() { Name = "重症医学科", Exact = true }).ClickAsync();
        await county.GetByTestId("months-wanted").FillAsync("2");
        await county.GetByTestId("need").FillAsync(need);
        await county.GetByTestId("support-request-submit").ClickAsync();
        await Assertions.Expect(county.GetByTestId("support-request-status")).ToHaveAttributeAsync("data-status", "Open");
        await county.GotoAsync("/support-requests");
        await Assertions.Expect(county.GetByTestId("support-requests-table")).ToContainTextAsync(need);
        await county.ScreenshotAsync("support-requests-coordinator.png");

        // The city coordinator answers it: the form comes filled in from the request; they choose the clinician.
        var city = await browser.NewPageAsync(fixture.Api.Address);
        await city.SignInAsync(Journey.CityCoordinator);
        await city.GetByTestId("quick-open-support-requests").ClickAsync();
        await city.GetByRole(AriaRole.Row).Filter(new() { HasText = need }).GetByTestId("support-request-link").ClickAsync();
        await city.GetByTestId("plan-from-request").ClickAsync();
        await Assertions.Expect(city.GetByTestId("prefilled-from-request")).ToContainTextAsync(need);
        await Assertions.Expect(city.GetByTestId("host-department")).ToHaveValueAsync("重症医学科");
        await Assertions.Expect(city.GetByTestId("objectives")).ToHaveValueAsync(need);
        await ChooseClinicianAsync(city);
        await city.GetByTestId("rotation-submit").ClickAsync();
        await Assertions.Expect(city.GetByTestId("rotation-status")).ToHaveAttributeAsync("data-status", "Planned");
        await Assertions.Expect(city.GetByTestId("rotation-clinician")).ToContainTextAsync("刘静怡");
        await Assertions.Expect(city.GetByTestId("rotation-host")).ToContainTextAsync("岚皋县人民医院");
        var rotationId = city.Url[(city.Url.LastIndexOf('/') + 1)..];

        // The request is answered now, and names the rotation.
        await city.GetByTestId("rotation-support-request").ClickAsync();
        await Assertions.Expect(city.GetByTestId("support-request-status")).ToHaveAttributeAsync("data-status", "Answered");
        await Assertions.Expect(city.GetByTestId("answering-rotation")).ToContainTextAsync("刘静怡");

        // Planning the same clinician again for the same period is refused, in words, with the rotation it collides with.
        await city.GetByTestId("plan-from-request").ClickAsync();
        await ChooseClinicianAsync(city);
        await Assertions.Expect(city.GetByTestId("clinician-rotations")).ToContainTextAsync("岚皋县人民医院");
        await city.GetByTestId("rotation-submit").ClickAsync();
        await Assertions.Expect(city.GetByTestId("problem")).ToHaveAttributeAsync("data-code", "rotation_overlap");
        await Assertions.Expect(city.GetByTestId("problem-text")).ToContainTextAsync("该医生在这段时间已有其他帮扶安排");
        await Assertions.Expect(city.GetByTestId("overlap-conflict")).ToHaveCountAsync(1);
        await Assertions.Expect(city.GetByTestId("overlap-conflict").GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"rotations/{rotationId}");

        // On the timeline, grouped by host hospital, the new rotation is a bar in Langao's row.
        await city.GetByTestId("nav-rotations").ClickAsync();
        var bar = city.Locator($"[data-testid=timeline-bar][data-id='{rotationId}']");
        await Assertions.Expect(bar).ToHaveAttributeAsync("data-status", "Planned");
        await Assertions.Expect(bar.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^刘静怡，常驻专家，岚皋县人民医院"));
        await Assertions.Expect(city.GetByTestId("timeline-today").First).ToBeVisibleAsync();
        await Assertions.Expect(city.Locator(".mud-snackbar")).ToHaveCountAsync(0);
        await city.ScreenshotAsync("rotations-coordinator.png");
    }

    private static async Task ChooseClinicianAsync(IPage page)
    {
        await Assertions.Expect(page.GetByTestId("home-department")).ToHaveValueAsync("重症医学科");
        await page.GetByTestId("clinician").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "刘静怡（副主任医师）" }).ClickAsync();
    }
}
