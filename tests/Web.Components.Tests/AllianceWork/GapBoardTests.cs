using SpecialtyAlliance.Contracts.Staff;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Web.Components.AllianceWork;
using SpecialtyAlliance.Web.Components.Tests.Kit;
using SpecialtyAlliance.Web.Pages.AllianceWork;
using static SpecialtyAlliance.Web.Components.Tests.Kit.AllianceWorkData;
using SpecialtyAlliance.Contracts.TechnologyGaps;

namespace SpecialtyAlliance.Web.Components.Tests.AllianceWork;

/// <summary>The technology gap board: a column per status in lifecycle order, what to look at first on top, overdue targets marked.</summary>
public sealed class GapBoardTests : WebTestContext
{
    /// <summary>2026-03-10 at 09:00 in Asia/Shanghai.</summary>
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void TheBoard_HasTheFiveStatusesInLifecycleOrder_EvenWhenEmpty()
    {
        GapBoard.Build([], Today).Select(c => (c.Status.ToString(), c.Cards.Count)).ShouldBe(
        [
            ("Identified", 0), ("Planned", 0), ("FirstCasePerformed", 0), ("Established", 0), ("Abandoned", 0),
        ]);
    }

    [Fact]
    public void EachGap_GoesToTheColumnOfItsStatus()
    {
        var columns = GapBoard.Build(
            [Gap("CRRT"), Gap("支气管镜", "Planned"), Gap("冠脉造影", "Established", firstCase: new DateOnly(2025, 1, 1))],
            Today);

        columns.Select(c => c.Status.ToString()).ShouldBe(["Identified", "Planned", "FirstCasePerformed", "Established", "Abandoned"]);
        columns.Single(c => c.Status == TechnologyGapStatus.Identified).Cards.Single().Gap.Technique.ShouldBe("CRRT");
        columns.Single(c => c.Status == TechnologyGapStatus.Established).Cards.Single().Gap.Technique.ShouldBe("冠脉造影");
    }

    [Theory]
    [InlineData("Planned", "2026-03-09", true)]
    [InlineData("Identified", "2026-01-31", true)]
    [InlineData("Planned", "2026-03-10", false)]
    [InlineData("Planned", "2026-06-30", false)]
    [InlineData("FirstCasePerformed", "2026-01-31", false)]
    [InlineData("Established", "2025-01-31", false)]
    [InlineData("Abandoned", "2025-01-31", false)]
    public void AGap_IsOverdue_WhenItsTargetDateHasPassed_WhileItIsUnfilled(string status, string target, bool overdue)
    {
        var gap = Gap("技术", status, target: DateOnly.Parse(target, System.Globalization.CultureInfo.InvariantCulture));

        GapBoard.IsOverdue(gap, Today).ShouldBe(overdue);
    }

    [Fact]
    public void AGapWithoutATargetDate_IsNeverOverdue() => GapBoard.IsOverdue(Gap("技术", "Planned"), Today).ShouldBeFalse();

    [Fact]
    public void OpenColumns_PutOverdueFirst_ThenHigherPriority_ThenTheNearestTarget()
    {
        var lowOverdue = Gap("低-逾期", "Planned", "Low", target: new DateOnly(2026, 2, 1));
        var highLater = Gap("高-晚", "Planned", "High", target: new DateOnly(2026, 9, 1));
        var highSooner = Gap("高-早", "Planned", "High", target: new DateOnly(2026, 5, 1));
        var medium = Gap("中", "Planned", "Medium", target: new DateOnly(2026, 4, 1));

        var planned = GapBoard.Build([medium, highLater, lowOverdue, highSooner], Today).Single(c => c.Status == TechnologyGapStatus.Planned);

        planned.Cards.Select(c => c.Gap.Technique).ShouldBe(["低-逾期", "高-早", "高-晚", "中"]);
        planned.Cards.Select(c => c.Overdue).ShouldBe([true, false, false, false]);
    }

    [Fact]
    public void FilledColumns_PutTheLatestFirstCaseFirst()
    {
        var older = Gap("旧", "FirstCasePerformed", firstCase: new DateOnly(2025, 5, 1));
        var newer = Gap("新", "FirstCasePerformed", firstCase: new DateOnly(2026, 2, 1));

        GapBoard.Build([older, newer], Today).Single(c => c.Status == TechnologyGapStatus.FirstCasePerformed).Cards.Select(c => c.Gap.Technique).ShouldBe(["新", "旧"]);
    }

    [Fact]
    public void TheView_MarksAnOverdueCard_InColourAndWords_AndAFilledOneAs填补空白WithItsDate()
    {
        Api.GivenTheAlliance();
        var overdue = Gap("床旁CRRT", "Planned", "High", target: new DateOnly(2026, 3, 1));
        var onTime = Gap("支气管镜", "Planned", target: new DateOnly(2026, 6, 30));
        var filled = Gap("冠脉造影", "FirstCasePerformed", firstCase: new DateOnly(2026, 2, 20));

        var board = Render<GapBoardView>(p => p.Add(b => b.Columns, GapBoard.Build([overdue, onTime, filled], Today)));

        var overdueCard = Card(board, overdue.Id);
        overdueCard.ClassList.ShouldContain("overdue");
        overdueCard.GetAttribute("data-overdue").ShouldBe("true");
        overdueCard.QuerySelector("[data-testid=gap-card-target]")!.TextContent.ShouldContain("目标 2026年3月1日");
        overdueCard.QuerySelector("[data-testid=gap-card-overdue]")!.TextContent.ShouldContain("已过目标日期");
        var onTimeCard = Card(board, onTime.Id);
        onTimeCard.ClassList.ShouldNotContain("overdue");
        onTimeCard.QuerySelector("[data-testid=gap-card-overdue]").ShouldBeNull();
        Card(board, filled.Id).QuerySelector("[data-testid=gap-card-filled]")!.TextContent.ShouldBe("填补空白 · 2026年2月20日");
        overdueCard.QuerySelector("a")!.GetAttribute("href").ShouldBe($"technology-gaps/{overdue.Id}");
        board.FindAll("[data-testid=gap-column]").Select(c => c.QuerySelector("[data-testid=gap-column-count]")!.TextContent).ShouldBe(["0", "2", "1", "0", "0"]);
    }

    [Fact]
    public async Task ThePage_ReadsTheFilteredGaps_AndLaysThemOnTheBoard_ForACountyCoordinatorWhoMayDeclare()
    {
        Services.AddSingleton<TimeProvider>(new FixedClock(Now));
        await SignInAsync(Person(StaffRole.Coordinator));
        Api.GivenTheAlliance();
        Api.Get("/api/technology-gaps", Page(Gap("床旁CRRT", "Planned", "High", target: new DateOnly(2026, 3, 1)), Gap("纤维支气管镜")));
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("technology-gaps?priority=High");

        var page = Render<TechnologyGaps>();

        page.WaitForAssertion(() => page.FindAll("[data-testid=gap-card]").Count.ShouldBe(2));
        Api.Requests.ShouldContain(r => r.PathAndQuery == "/api/technology-gaps?priority=High&page=1&pageSize=200");
        page.Find("[data-testid=gap-card][data-overdue=true]").TextContent.ShouldContain("床旁CRRT");
        page.Find("[data-testid=declare-gap]").GetAttribute("href").ShouldBe("technology-gaps/new");
        page.Find("[data-testid=gap-total]").TextContent.ShouldBe("2 项");
    }

    [Fact]
    public async Task ThePage_OffersNoDeclaring_ToAClinician()
    {
        await SignInAsync(Person(StaffRole.Clinician));
        Api.GivenTheAlliance();
        Api.Get("/api/technology-gaps", Page(Gap("纤维支气管镜")));

        var page = Render<TechnologyGaps>();

        page.WaitForAssertion(() => page.FindAll("[data-testid=gap-card]").Count.ShouldBe(1));
        page.FindAll("[data-testid=declare-gap]").ShouldBeEmpty();
    }

    private static AngleSharp.Dom.IElement Card(IRenderedComponent<GapBoardView> board, Guid id) =>
        board.FindAll("[data-testid=gap-card]").Single(c => c.GetAttribute("data-id") == id.ToString());
}
