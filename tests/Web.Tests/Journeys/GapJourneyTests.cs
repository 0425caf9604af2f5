using Microsoft.Playwright;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>
/// A technology gap through its life on the board: a county coordinator declares it, the city coordinator plans the
/// mentoring, the county records the first case, and the card moves from column to column with "填补空白" and its date.
/// </summary>
public sealed class GapJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task CountyDeclaresAGap_CityPlansIt_CountyRecordsTheFirstCase_AndItMovesAcrossTheBoard()
    {
        const string technique = "经皮冠状动脉介入治疗（PCI）";
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // The county declares it, identified two months ago with a target date already passed.
        var county = await browser.NewPageAsync(fixture.Api.Address);
        await county.SignInAsync(Journey.LangaoCoordinator);
        await county.GetByTestId("nav-technology-gaps").ClickAsync();
        await county.GetByTestId("declare-gap").ClickAsync();
        await county.GetByTestId("gap-specialty").ClickAsync();
        await county.GetByRole(AriaRole.Option, new() { Name = "心血管内科" }).ClickAsync();
        await county.GetByTestId("gap-technique").FillAsync(technique);
        await county.GetByTestId("gap-priority").ClickAsync();
        await county.GetByRole(AriaRole.Option, new() { Name = "高", Exact = true }).ClickAsync();
        await county.GetByTestId("gap-identified-on").FillAsync(Iso(today.AddDays(-60)));
        await county.GetByTestId("gap-target-date").FillAsync(Iso(today.AddDays(-10)));
        await county.GetByTestId("gap-submit").ClickAsync();
        await Assertions.Expect(county.GetByTestId("gap-status")).ToHaveAttributeAsync("data-status", "Identified");
        await Assertions.Expect(county.GetByTestId("gap-overdue")).ToContainTextAsync("已过目标日期");
        var gapUrl = county.Url;

        await county.GotoAsync("/technology-gaps");
        var identifiedCard = Card(county, "Identified", technique);
        await Assertions.Expect(identifiedCard).ToHaveAttributeAsync("data-overdue", "true");

        // The city coordinator finds it on their board and plans the mentoring: cardiology, its head, a new target date.
        var city = await browser.NewPageAsync(fixture.Api.Address);
        await city.SignInAsync(Journey.CityCoordinator);
        await city.GetByTestId("quick-gap-board").ClickAsync();
        await Card(city, "Identified", technique).GetByRole(AriaRole.Link).ClickAsync();
        await city.GetByTestId("gap-plan").ClickAsync();
        await Assertions.Expect(city.GetByTestId("mentoring-department")).ToHaveValueAsync("心血管内科");
        await Assertions.Expect(city.GetByTestId("lead-mentor")).ToHaveValueAsync("陈明远 · 心血管内科");
        await city.GetByTestId("plan-target-date").FillAsync(Iso(today.AddDays(90)));
        await city.GetByTestId("plan-submit").ClickAsync();
        await Assertions.Expect(city.GetByTestId("gap-status")).ToHaveAttributeAsync("data-status", "Planned");
        await Assertions.Expect(city.GetByTestId("gap-lead-mentor")).ToHaveTextAsync("陈明远");
        await Assertions.Expect(city.GetByTestId("gap-overdue")).ToHaveCountAsync(0);

        // The county sees it planned, no longer overdue, and records the first case.
        await county.ReloadAsync();
        await Assertions.Expect(Card(county, "Planned", technique)).ToHaveAttributeAsync("data-overdue", "false");
        await Assertions.Expect(Card(county, "Identified", technique)).ToHaveCountAsync(0);
        await county.GotoAsync(gapUrl);
        await county.GetByTestId("gap-first-case").ClickAsync();
        await county.GetByTestId("first-case-on").FillAsync(Iso(today.AddDays(-1)));
        await county.GetByTestId("lead-operator-name").FillAsync("郑雨桐");
        await county.GetByTestId("case-reference").FillAsync("LG-PCI-0001");
        await county.GetByTestId("first-case-submit").ClickAsync();
        await Assertions.Expect(county.GetByTestId("gap-status")).ToHaveAttributeAsync("data-status", "FirstCasePerformed");
        await Assertions.Expect(county.GetByTestId("gap-filled")).ToContainTextAsync("填补空白");
        await Assertions.Expect(county.GetByTestId("gap-case-reference")).ToHaveTextAsync("LG-PCI-0001");
        await Assertions.Expect(county.GetByTestId("gap-establish")).ToBeVisibleAsync();

        // On the city's board it has moved to the first-case column, filled on that day.
        await city.GotoAsync("/technology-gaps");
        var filled = Card(city, "FirstCasePerformed", technique);
        await Assertions.Expect(filled.GetByTestId("gap-card-filled")).ToContainTextAsync("填补空白 · ");
        await Assertions.Expect(Card(city, "Planned", technique)).ToHaveCountAsync(0);
        await city.ScreenshotAsync("gaps-board-coordinator.png");
    }

    private static ILocator Card(IPage page, string status, string technique) =>
        page.Locator($"[data-testid=gap-column][data-status={status}] [data-testid=gap-card]").Filter(new() { HasText = technique });
}
