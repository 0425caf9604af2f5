using Microsoft.Playwright;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>A coordinator records a joint activity: what is missing is said beside its field, then the activity is listed.</summary>
public sealed class ActivityJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task CityCoordinator_RecordsAnAcademicForumWithLiveSurgery_AndFindsItInTheList()
    {
        const string title = "秦巴重症医学论坛暨床旁超声手术直播";
        var page = await browser.NewPageAsync(fixture.Api.Address);
        await page.SignInAsync(Journey.CityCoordinator);
        await page.GetByTestId("quick-record-activity").ClickAsync();

        await page.GetByTestId("activity-kind").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "学术论坛" }).ClickAsync();
        await page.GetByTestId("activity-live-surgery").CheckAsync();
        await page.GetByTestId("activity-title-input").FillAsync(title);
        await page.GetByTestId("activity-place").FillAsync("岚皋县人民医院学术报告厅");
        await page.GetByLabel("岚皋县人民医院").CheckAsync();
        await page.GetByLabel("重症医学科党支部 · 安康市中心医院").CheckAsync();
        await page.GetByTestId("activity-participants").FillAsync("48");
        await page.GetByTestId("activity-people-reached").FillAsync("160");
        await page.GetByTestId("activity-submit").ClickAsync();

        // The summary was left out: the API's refusal is shown beside it, and nothing else is marked.
        await Assertions.Expect(page.GetByTestId("field-summary")).ToContainTextAsync("此项必填");
        await Assertions.Expect(page.GetByTestId("field-title")).Not.ToContainTextAsync("此项必填");
        await page.GetByTestId("activity-summary").FillAsync("市县两级重症医学科联合举办，床旁超声引导下穿刺手术直播两台。");
        await page.GetByTestId("activity-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("activity-title")).ToHaveTextAsync(title);
        await Assertions.Expect(page.GetByTestId("activity-live-surgery")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("activity-hospitals")).ToContainTextAsync("岚皋县人民医院");
        await Assertions.Expect(page.GetByTestId("activity-branches")).ToHaveTextAsync("重症医学科党支部");
        await Assertions.Expect(page.GetByTestId("activity-people-reached")).ToHaveTextAsync("160");

        await page.GetByTestId("nav-activities").ClickAsync();
        await page.GetByTestId("filter-kind").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "学术论坛" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("kind=AcademicForum"));
        await Assertions.Expect(page.GetByTestId("activity-link").First).ToHaveTextAsync(title);
        await page.GotoAsync("/activities");
        await Assertions.Expect(page.GetByTestId("activity-link").First).ToHaveTextAsync(title);
        await page.ScreenshotAsync("activities-coordinator.png");
    }
}
