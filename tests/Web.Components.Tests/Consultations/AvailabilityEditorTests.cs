using SpecialtyAlliance.Contracts.Staff;
using System.Net;
using System.Text.Json;
using Bunit;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Availability;
using SpecialtyAlliance.Web.Pages.Consultations;
using static SpecialtyAlliance.Web.Components.Tests.Consultations.ConsultationData;

namespace SpecialtyAlliance.Web.Components.Tests.Consultations;

/// <summary>The availability editor: what was published, edited and sent back whole, in Beijing time; the API's errors on their rows.</summary>
public sealed class AvailabilityEditorTests : ConsultationContext
{
    private static readonly JsonSerializerOptions Json = SpecialtyAlliance.Contracts.Common.ContractJson.Create();

    [Fact]
    public async Task TheWholeAvailability_IsSentBack_WithBlocksInBeijingTime()
    {
        var page = await RenderAsync(Weekdays(Guid.Empty) with
        {
            Weekly = [new WeeklyWindowResponse(WeekDay.Monday, new TimeOnly(8, 30), new TimeOnly(12, 0))],
            Blocks = [new AvailabilityBlockResponse(Local(6, 8), Local(6, 18), AvailabilityKind.Unavailable)],
        });
        page.FindAll("[data-testid=window-row]").Count.ShouldBe(1);
        page.Find("[data-testid=block-start]").GetAttribute("value").ShouldBe("2026-03-06T08:00");

        page.Find("[data-testid=add-window]").Click();
        page.FindAll("[data-testid=window-end]")[1].Change("11:30");
        page.Find("[data-testid=availability-form]").Submit();

        page.WaitForAssertion(() => Api.Sent(HttpMethod.Post, $"/api/specialists/{Me.Id}/availability").ShouldHaveSingleItem());
        var sent = JsonSerializer.Deserialize<AvailabilityRequest>(Api.Sent(HttpMethod.Post, $"/api/specialists/{Me.Id}/availability").Single().Body!, Json)!;
        sent.Weekly.ShouldBe([new WeeklyWindowRequest(WeekDay.Monday, new TimeOnly(8, 30), new TimeOnly(12, 0)), new WeeklyWindowRequest(WeekDay.Tuesday, new TimeOnly(8, 30), new TimeOnly(11, 30))]);
        var block = sent.Blocks.ShouldHaveSingleItem();
        block.StartsAt.ShouldBe(Local(6, 8));
        block.Kind.ShouldBe(AvailabilityKind.Unavailable);
    }

    [Fact]
    public async Task TheApisErrors_AppearOnTheirRows()
    {
        var page = await RenderAsync(Weekdays(Guid.Empty) with { Weekly = [new WeeklyWindowResponse(WeekDay.Monday, new TimeOnly(8, 30), new TimeOnly(12, 0))], Blocks = [] });
        page.Find("[data-testid=add-window]").Click();
        page.FindAll("[data-testid=window-end]")[1].Change("07:00");
        Api.Problem(HttpMethod.Post, $"/api/specialists/{Me.Id}/availability", 400, "validation", null, new()
        {
            ["weekly[1].end"] = ["The window must end after it starts (same day)."],
        });

        page.Find("[data-testid=availability-form]").Submit();

        page.WaitForAssertion(() => page.FindAll("[data-testid=window-row]")[1].TextContent.ShouldContain("结束时间须晚于开始时间"));
        page.FindAll("[data-testid=window-row]")[0].TextContent.ShouldNotContain("结束时间须晚于开始时间");
        page.Find("[data-testid=problem]").TextContent.ShouldNotContain("结束时间须晚于开始时间");
    }

    [Fact]
    public async Task AnEmptyTime_IsSentEmpty_ForTheApiToName()
    {
        var page = await RenderAsync(Weekdays(Guid.Empty) with { Weekly = [new WeeklyWindowResponse(WeekDay.Friday, new TimeOnly(14, 30), new TimeOnly(17, 30))], Blocks = [] });
        page.Find("[data-testid=window-start]").Change(string.Empty);

        page.Find("[data-testid=availability-form]").Submit();

        page.WaitForAssertion(() => Api.Sent(HttpMethod.Post, $"/api/specialists/{Me.Id}/availability").ShouldHaveSingleItem()
            .Body!.ShouldContain("\"start\":null"));
    }

    private async Task<IRenderedComponent<AvailabilityEditor>> RenderAsync(AvailabilityResponse availability)
    {
        await SignInAsAsync(StaffRole.Specialist);
        Api.Get($"/api/specialists/{Me.Id}/availability", availability);
        Api.On(HttpMethod.Post, $"/api/specialists/{Me.Id}/availability", HttpStatusCode.OK, availability);
        RenderProviders();
        var page = Render<AvailabilityEditor>();
        page.WaitForElement("[data-testid=availability-form]");
        return page;
    }
}
