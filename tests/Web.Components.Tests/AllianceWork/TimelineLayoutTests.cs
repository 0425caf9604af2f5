using Bunit;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Web.Components.AllianceWork;
using SpecialtyAlliance.Web.Components.Tests.Kit;

namespace SpecialtyAlliance.Web.Components.Tests.AllianceWork;

/// <summary>The rotation timeline's geometry: day columns from dates, months across, overlapping bars in lanes, today marked.</summary>
public sealed class TimelineLayoutTests : WebTestContext
{
    private static readonly DateOnly January = new(2026, 1, 1);
    private static readonly DateOnly MidFebruary = new(2026, 2, 14);

    private static TimelineItem Item(string group, DateOnly startsOn, DateOnly endsOn, string label = "程立峰", string role = "ResidentExpert", string status = "Active") =>
        new(Guid.CreateVersion7(), group, group, label, TestWire.Parse<RotationRole>(role), TestWire.Parse<RotationStatus>(status), startsOn, endsOn, $"{label} {startsOn:yyyy-MM-dd}");

    [Fact]
    public void TheWindow_IsWholeMonths_WithOneColumnPerDay_AndEachMonthSpanningItsDays()
    {
        var layout = TimelineLayout.Build([], new DateOnly(2026, 1, 17), 3, MidFebruary);

        layout.From.ShouldBe(new DateOnly(2026, 1, 1));
        layout.To.ShouldBe(new DateOnly(2026, 3, 31));
        layout.Days.ShouldBe(90);
        layout.Months.Select(m => (m.Month, m.Column, m.Span)).ShouldBe(
        [
            (new DateOnly(2026, 1, 1), 1, 31),
            (new DateOnly(2026, 2, 1), 32, 28),
            (new DateOnly(2026, 3, 1), 60, 31),
        ]);
    }

    [Fact]
    public void ABar_CoversTheColumnsOfItsDays_BothEndsIncluded()
    {
        var layout = TimelineLayout.Build([Item("岚皋", new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 20))], January, 3, MidFebruary);

        var bar = layout.Rows.ShouldHaveSingleItem().Bars.ShouldHaveSingleItem();
        bar.ColumnStart.ShouldBe(10);
        bar.ColumnEnd.ShouldBe(21);
        bar.Days.ShouldBe(11);
        bar.ClippedStart.ShouldBeFalse();
        bar.ClippedEnd.ShouldBeFalse();
    }

    [Fact]
    public void ABarRunningPastTheWindow_IsCutAtBothEdges_AndSaysSo()
    {
        var layout = TimelineLayout.Build([Item("岚皋", new DateOnly(2025, 6, 1), new DateOnly(2026, 12, 31))], January, 3, MidFebruary);

        var bar = layout.Rows.Single().Bars.Single();
        (bar.ColumnStart, bar.ColumnEnd).ShouldBe((1, 91));
        bar.ClippedStart.ShouldBeTrue();
        bar.ClippedEnd.ShouldBeTrue();
    }

    [Fact]
    public void RotationsOutsideTheWindow_AreLeftOut()
    {
        var layout = TimelineLayout.Build(
            [Item("岚皋", new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)), Item("紫阳", new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1))],
            January,
            3,
            MidFebruary);

        layout.Rows.ShouldBeEmpty();
    }

    [Fact]
    public void OverlappingBarsOfARow_TakeSeparateLanes_AndALaneIsReusedOnceFree()
    {
        var first = Item("岚皋", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), "A");
        var overlapping = Item("岚皋", new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 20), "B");
        var afterFirst = Item("岚皋", new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 10), "C");
        var sharingLastDayOfC = Item("岚皋", new DateOnly(2026, 2, 10), new DateOnly(2026, 3, 1), "D");

        var row = TimelineLayout.Build([sharingLastDayOfC, afterFirst, overlapping, first], January, 3, MidFebruary).Rows.Single();

        row.Bars.ToDictionary(b => b.Item.Label, b => b.Lane).ShouldBe(new Dictionary<string, int> { ["A"] = 0, ["B"] = 1, ["C"] = 0, ["D"] = 2 });
        row.Lanes.ShouldBe(3);
    }

    [Fact]
    public void EachGroupIsARow_WithItsOwnLanes()
    {
        var layout = TimelineLayout.Build(
            [Item("langao", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), Item("ziyang", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31))],
            January,
            3,
            MidFebruary);

        layout.Rows.Select(r => (r.Key, r.Lanes)).ShouldBe([("langao", 1), ("ziyang", 1)]);
    }

    [Theory]
    [InlineData("2026-01-01", 1)]
    [InlineData("2026-02-14", 45)]
    [InlineData("2026-03-31", 90)]
    [InlineData("2025-12-31", null)]
    [InlineData("2026-04-01", null)]
    public void Today_IsTheColumnOfItsDay_OrUnmarkedOutsideTheWindow(string today, int? column)
    {
        TimelineLayout.Build([], January, 3, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).TodayColumn.ShouldBe(column);
    }

    [Fact]
    public void TheComponent_PlacesBarsOnTheGrid_LabelsAndLinksThem_AndMarksToday()
    {
        var stay = Item("岚皋县人民医院", new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 20), "程立峰", "TemporaryDepartmentHead", "Planned");
        var nurse = Item("岚皋县人民医院", new DateOnly(2026, 1, 15), new DateOnly(2026, 2, 28), "唐雪梅", "NursingMentor", "Active");
        var layout = TimelineLayout.Build([stay, nurse], January, 3, MidFebruary);

        var timeline = Render<RotationTimeline>(p => p.Add(t => t.Layout, layout).Add(t => t.GroupHeading, "帮扶医院"));

        var bars = timeline.FindAll("[data-testid=timeline-bar]");
        bars.Count.ShouldBe(2);
        var first = bars.Single(b => b.GetAttribute("data-id") == stay.Id.ToString());
        first.GetAttribute("style").ShouldBe("grid-column: 10 / 21; grid-row: 1");
        first.ClassList.ShouldContain("role-TemporaryDepartmentHead");
        first.ClassList.ShouldContain("status-Planned");
        first.TextContent.ShouldContain("程立峰");
        var link = first.QuerySelector("a")!;
        link.GetAttribute("href").ShouldBe($"rotations/{stay.Id}");
        link.GetAttribute("aria-label").ShouldBe(stay.Description);
        bars.Single(b => b.GetAttribute("data-id") == nurse.Id.ToString()).GetAttribute("style").ShouldBe("grid-column: 15 / 60; grid-row: 2");

        var row = timeline.Find("[data-testid=timeline-row]");
        row.GetAttribute("data-lanes").ShouldBe("2");
        row.QuerySelector("ul")!.GetAttribute("style")!.ShouldContain("grid-template-rows: repeat(2, var(--timeline-lane))");
        timeline.Find("[data-testid=timeline-today]").GetAttribute("style")!.ShouldStartWith("grid-column: 45 / span 1");
        timeline.Find("[data-testid=timeline-today-flag]").TextContent.ShouldBe("今天");
        timeline.FindAll("[data-testid=timeline-month]").Select(m => m.TextContent).ShouldBe(["2026年1月", "2月", "3月"]);
    }

    [Fact]
    public async Task TheComponent_SaysWhenABarContinuesBeyondTheWindow_InTheInterfaceLanguage()
    {
        var longStay = Item("岚皋", new DateOnly(2025, 6, 1), new DateOnly(2026, 12, 31));
        var timeline = Render<RotationTimeline>(p => p.Add(t => t.Layout, TimelineLayout.Build([longStay], January, 3, MidFebruary)));

        timeline.Find("[data-testid=timeline-bar] a").GetAttribute("aria-label").ShouldBe($"{longStay.Description} （更早开始） （之后仍继续）");

        await timeline.InvokeAsync(() => Localizer.SetLanguageAsync(Localization.Language.En));

        timeline.WaitForAssertion(() => timeline.Find("[data-testid=timeline-bar] a").GetAttribute("aria-label")
            .ShouldBe($"{longStay.Description} (began earlier) (continues later)"));
        timeline.FindAll("[data-testid=timeline-month]").Select(m => m.TextContent).ShouldBe(["Jan 2026", "Feb", "Mar"]);
    }

    [Fact]
    public void AnEmptyWindow_SaysSo()
    {
        var timeline = Render<RotationTimeline>(p => p.Add(t => t.Layout, TimelineLayout.Build([], January, 3, MidFebruary)));

        timeline.Find("[data-testid=timeline-empty]").TextContent.ShouldBe("这段时间没有帮扶安排。");
    }
}
