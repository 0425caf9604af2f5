using SpecialtyAlliance.Contracts.Staff;
using System.Net;
using Bunit;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Web.Localization;
using SpecialtyAlliance.Web.Pages.Consultations;
using static SpecialtyAlliance.Web.Components.Tests.Consultations.ConsultationData;

namespace SpecialtyAlliance.Web.Components.Tests.Consultations;

/// <summary>
/// The specialist's live queue page: the snapshot in the server's order, live arrivals without a reload (highlighted for a
/// moment), a new snapshot after a reconnect, waiting time counting and overdue marked, a lost claim said in words.
/// </summary>
public sealed class QueuePageTests : ConsultationContext
{
    private const string Changed = "ConsultationChanged";

    private readonly QueueItemResponse _routine = Item("Routine", waitedMinutes: 300, sequence: 3);
    private readonly QueueItemResponse _urgent = Item("Urgent", waitedMinutes: 20, sequence: 5);
    private readonly QueueItemResponse _emergency = Item("Emergency", waitedMinutes: 29, sequence: 7, targetMinutes: 30);

    [Fact]
    public async Task TheQueue_ShowsTheMostUrgentFirst_WithUrgencyInColourAndWord()
    {
        var page = await RenderQueueAsync(Snapshot(7, _routine, _urgent, _emergency));

        Ids(page).ShouldBe([_emergency.Id, _urgent.Id, _routine.Id]);
        var first = page.FindAll("[data-testid=queue-item]")[0];
        first.QuerySelector("[data-testid=urgency]")!.TextContent.ShouldContain("急诊");
        first.QuerySelector("[data-testid=urgency]")!.ClassName!.ShouldContain("mud-chip-color-error");
        first.ClassName!.ShouldContain("queue-emergency");
        first.QuerySelector("[data-testid=queue-patient]")!.TextContent.ShouldBe("SQ-0007 · 60 岁 · 男");
        page.Find("[data-testid=queue]").GetAttribute("data-as-of").ShouldBe("7");
    }

    [Fact]
    public async Task ANewRequest_AppearsWithoutAReload_HighlightedForAMoment()
    {
        var page = await RenderQueueAsync(Snapshot(7, _routine));
        var arriving = Guid.NewGuid();
        Api.Get($"/api/consultations/{arriving}", Consultation(arriving, "Requested", ["claim"], reference: "SQ-2026-0300"));

        await page.InvokeAsync(() => Hub.EmitAsync(Changed, Change(arriving, 8, "Requested", "Emergency")));

        page.WaitForAssertion(() => Ids(page).ShouldBe([arriving, _routine.Id]));
        var item = page.Find($"[data-id='{arriving}']");
        item.GetAttribute("data-new").ShouldBe("true");
        page.WaitForAssertion(() => page.Find($"[data-id='{arriving}'] [data-testid=queue-patient]").TextContent.ShouldStartWith("SQ-2026-0300"));
        Api.Requests.Count(r => r.PathAndQuery == "/api/consultations/queue").ShouldBe(1, "no reload");

        Clock.Advance(TimeSpan.FromSeconds(9));

        page.WaitForAssertion(() => page.Find($"[data-id='{arriving}']").GetAttribute("data-new").ShouldBe("false"));
    }

    [Fact]
    public async Task MessagesTheSnapshotHolds_OrRepeated_ChangeNothing()
    {
        var page = await RenderQueueAsync(Snapshot(7, _routine, _urgent));

        await page.InvokeAsync(() => Hub.EmitAsync(Changed, Change(_urgent.Id, 6, "Claimed")));
        await page.InvokeAsync(() => Hub.EmitAsync(Changed, Change(Guid.NewGuid(), 7, "Requested")));
        await page.InvokeAsync(() => Hub.EmitAsync(Changed, Change(_routine.Id, 9, "Claimed")));
        await page.InvokeAsync(() => Hub.EmitAsync(Changed, Change(_routine.Id, 8, "Requested")));

        page.WaitForAssertion(() => Ids(page).ShouldBe([_urgent.Id]));
        page.Find("[data-testid=queue-count]").GetAttribute("data-count").ShouldBe("1");
    }

    [Fact]
    public async Task AfterAReconnect_TheQueueIsReadAgain_SoNothingSentMeanwhileIsLost()
    {
        var page = await RenderQueueAsync(Snapshot(7, _routine, _urgent));

        // While disconnected, the urgent one was claimed and an emergency arrived; no message reached this page.
        Api.Get("/api/consultations/queue", Snapshot(9, _routine, _emergency));
        await page.InvokeAsync(Hub.ReconnectAsync);

        page.WaitForAssertion(() => Ids(page).ShouldBe([_emergency.Id, _routine.Id]));
        page.Find("[data-testid=queue]").GetAttribute("data-as-of").ShouldBe("9");
        Api.Requests.Count(r => r.PathAndQuery == "/api/consultations/queue").ShouldBe(2);
    }

    [Fact]
    public async Task WaitingTime_CountsLive_AndARequestIsMarkedOverdue_WhenItsTargetPasses()
    {
        var page = await RenderQueueAsync(Snapshot(7, _emergency));
        var item = page.Find("[data-testid=queue-item]");
        item.GetAttribute("data-overdue").ShouldBe("false");
        page.Find("[data-testid=queue-waiting]").TextContent.ShouldContain("已等待 29 分钟");
        page.Find("[data-testid=queue-due]").TextContent.ShouldContain("1 分钟内需响应");

        Clock.Advance(TimeSpan.FromSeconds(61));

        page.WaitForAssertion(() => page.Find("[data-testid=queue-item]").GetAttribute("data-overdue").ShouldBe("true"));
        page.Find("[data-testid=queue-waiting]").TextContent.ShouldContain("已等待 30 分钟");
        page.Find("[data-testid=overdue]").TextContent.ShouldContain("已超时");
        page.Find("[data-testid=queue-item]").ClassName!.ShouldContain("queue-overdue");
    }

    [Fact]
    public async Task AClaimLostToAnotherSpecialist_IsSaidInWords_AndTheRequestLeavesTheQueue()
    {
        var page = await RenderQueueAsync(Snapshot(7, _routine, _urgent));
        Api.Problem(HttpMethod.Post, $"/api/consultations/{_urgent.Id}/claim", 409, "invalid_transition", "Claimed cannot be claimed.");
        Api.Get($"/api/consultations/{_urgent.Id}", Consultation(_urgent.Id, "Claimed", []) with { ClaimedByName = "李华" });

        page.Find($"[data-id='{_urgent.Id}'] [data-testid=queue-claim]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=claim-outcome]").TextContent.ShouldContain("李华 已先接诊了这个申请"));
        Ids(page).ShouldBe([_routine.Id]);
        page.FindAll("[data-testid=problem]").ShouldBeEmpty("not a raw error");
    }

    [Fact]
    public async Task AWonClaim_OpensTheConsultation_ToScheduleIt()
    {
        var page = await RenderQueueAsync(Snapshot(7, _routine));
        Api.On(HttpMethod.Post, $"/api/consultations/{_routine.Id}/claim", HttpStatusCode.OK, Consultation(_routine.Id, "Claimed", ["schedule"]));

        page.Find("[data-testid=queue-claim]").Click();

        page.WaitForAssertion(() => CurrentUri.ShouldEndWith($"/consultations/{_routine.Id}?claimed=true"));
        Api.Sent(HttpMethod.Post, $"/api/consultations/{_routine.Id}/claim").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task TheQueue_SwitchesToEnglish_InPlace()
    {
        var page = await RenderQueueAsync(Snapshot(7, _emergency));

        await page.InvokeAsync(() => Localizer.SetLanguageAsync(Language.En));

        page.WaitForAssertion(() => page.Find("h1").TextContent.ShouldBe("Live consultation queue"));
        page.Find("[data-testid=urgency]").TextContent.ShouldContain("Emergency");
        page.Find("[data-testid=queue-waiting]").TextContent.ShouldContain("Waiting 29 min");
        page.Find("[data-testid=queue-claim]").TextContent.ShouldContain("Claim");
        page.Find("[data-testid=queue-patient]").TextContent.ShouldBe("SQ-0007 · 60 y · Male");
    }

    [Fact]
    public async Task OnlySpecialists_HaveAQueue()
    {
        await SignInAsAsync(StaffRole.Clinician);

        var page = Render<Queue>();

        page.Find("[data-testid=not-allowed]").TextContent.ShouldContain("只有市级专家有会诊队列");
        Api.Requests.ShouldNotContain(r => r.PathAndQuery.StartsWith("/api/consultations/queue", StringComparison.Ordinal));
    }

    private async Task<IRenderedComponent<Queue>> RenderQueueAsync(QueueResponse snapshot)
    {
        await SignInAsAsync(StaffRole.Specialist);
        Api.Get("/api/consultations/queue", snapshot);
        foreach (var item in snapshot.Items)
        {
            Api.Get($"/api/consultations/{item.Id}", Consultation(item.Id, "Requested", ["claim"]));
        }

        RenderProviders();
        var page = Render<Queue>();
        page.WaitForElement("[data-testid=queue], [data-testid=queue-empty]");
        return page;
    }

    private static List<Guid> Ids(IRenderedComponent<Queue> page) =>
        [.. page.FindAll("[data-testid=queue-item]").Select(e => Guid.Parse(e.GetAttribute("data-id")!))];
}
