using SpecialtyAlliance.Contracts.Staff;
using System.Net;
using System.Text.Json;
using Bunit;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Contracts.Referrals;
using SpecialtyAlliance.Web.Localization;
using SpecialtyAlliance.Web.Pages.Consultations;
using static SpecialtyAlliance.Web.Components.Tests.Consultations.ConsultationData;
using SpecialtyAlliance.Contracts.Availability;

namespace SpecialtyAlliance.Web.Components.Tests.Consultations;

/// <summary>
/// One consultation: only the moves its <c>allowedActions</c> name are offered; each names the version on screen; a change
/// made elsewhere arrives live; the history says who, what and when in Beijing time; the survey and referral are sent whole.
/// </summary>
public sealed class ConsultationDetailTests : ConsultationContext
{
    private static readonly JsonSerializerOptions Json = SpecialtyAlliance.Contracts.Common.ContractJson.Create();
    private readonly Guid _id = Guid.NewGuid();

    [Theory]
    [InlineData("provide-info,cancel")]
    [InlineData("close-out,refer")]
    [InlineData("")]
    public async Task OnlyTheMovesTheApiAllows_AreOffered(string actions)
    {
        var allowed = actions.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var page = await RenderAsync(Consultation(_id, "InfoRequested", allowed));

        page.FindAll("[data-testid^=action-]").Select(b => b.GetAttribute("data-testid")!["action-".Length..]).ShouldBe(allowed, ignoreOrder: true);
        page.FindAll("[data-testid=no-actions]").Count.ShouldBe(allowed.Length == 0 ? 1 : 0);
    }

    [Fact]
    public async Task AnsweringAnInformationRequest_NamesTheVersionOnScreen_AndShowsWhereItNowStands()
    {
        var page = await RenderAsync(Consultation(_id, "InfoRequested", ["provide-info", "cancel"], version: 41) with { InfoRequest = "请补充心脏超声结果。" });
        Api.On(HttpMethod.Post, $"/api/consultations/{_id}/provide-info", HttpStatusCode.OK, Consultation(_id, "Requested", ["cancel"], sequence: 11, version: 42));
        page.Find("[data-testid=consultation-info-request]").TextContent.ShouldContain("请补充心脏超声结果。");

        page.Find("[data-testid=action-provide-info]").Click();
        page.Find("[data-testid=move-text]").Change("EF 45%，左室壁运动减弱。");
        page.Find("[data-testid=panel-provide-info] form").Submit();

        page.WaitForAssertion(() => page.Find("[data-testid=consultation]").GetAttribute("data-status").ShouldBe("Requested"));
        var sent = Api.Sent(HttpMethod.Post, $"/api/consultations/{_id}/provide-info").ShouldHaveSingleItem();
        sent.IfMatch.ShouldBe("\"41\"");
        JsonSerializer.Deserialize<ProvideInfoRequest>(sent.Body!, Json).ShouldBe(new ProvideInfoRequest("EF 45%，左室壁运动减弱。"));
        page.FindAll("[data-testid=action-provide-info]").ShouldBeEmpty();
    }

    [Fact]
    public async Task AChangeMadeElsewhere_ArrivesLive_AndTheConsultationIsReadAgain()
    {
        var page = await RenderAsync(Consultation(_id, "Requested", ["cancel"], sequence: 10));
        Api.Get($"/api/consultations/{_id}", Consultation(_id, "Claimed", ["cancel"], sequence: 12) with { ClaimedByName = "陈明远" });

        await page.InvokeAsync(() => Hub.EmitAsync("ConsultationChanged", Change(_id, 10, "Requested")));
        await page.InvokeAsync(() => Hub.EmitAsync("ConsultationChanged", Change(Guid.NewGuid(), 11, "Claimed")));
        Api.Requests.Count(r => r.PathAndQuery == $"/api/consultations/{_id}").ShouldBe(1, "nothing newer about this consultation yet");

        await page.InvokeAsync(() => Hub.EmitAsync("ConsultationChanged", Change(_id, 12, "Claimed")));

        page.WaitForAssertion(() => page.Find("[data-testid=consultation]").GetAttribute("data-status").ShouldBe("Claimed"));
        page.Find("[data-testid=consultation-claimed-by]").TextContent.ShouldBe("陈明远");
    }

    [Fact]
    public async Task TheHistory_SaysWhoDidWhatAndWhen_InBeijingTime()
    {
        var consultation = Consultation(_id, "InfoRequested", []) with
        {
            History =
            [
                new ConsultationHistoryResponse(1, ConsultationAction.Request, null, ConsultationStatus.Requested, Guid.NewGuid(), "孙建国", new DateTimeOffset(2026, 3, 4, 1, 50, 0, TimeSpan.Zero), null),
                new ConsultationHistoryResponse(2, ConsultationAction.Claim, ConsultationStatus.Requested, ConsultationStatus.Claimed, Guid.NewGuid(), "陈明远", new DateTimeOffset(2026, 3, 4, 1, 55, 0, TimeSpan.Zero), null),
                new ConsultationHistoryResponse(3, ConsultationAction.RequestInfo, ConsultationStatus.Claimed, ConsultationStatus.InfoRequested, Guid.NewGuid(), "陈明远", new DateTimeOffset(2026, 3, 4, 16, 5, 0, TimeSpan.Zero), "请补充心脏超声结果。"),
            ],
        };

        var page = await RenderAsync(consultation);

        var rows = page.FindAll("[data-testid=history-item]").Select(r => System.Text.RegularExpressions.Regex.Replace(r.TextContent, @"\s+", " ").Trim()).ToList();
        rows.Count.ShouldBe(3);
        rows[0].ShouldBe("2026年3月4日 09:50 孙建国 提出会诊申请 待接诊");
        rows[1].ShouldBe("2026年3月4日 09:55 陈明远 接诊 待接诊 → 已接诊");
        rows[2].ShouldStartWith("2026年3月5日 00:05 陈明远 要求补充资料", customMessage: "16:05 UTC is past midnight in Beijing");
        var notes = page.FindAll("[data-testid=history-note]");
        notes.ShouldHaveSingleItem().TextContent.ShouldBe("请补充心脏超声结果。");
    }

    [Fact]
    public async Task Completing_AsksForFollowUpDaysOnlyForAFollowUp_AndShowsTheApisErrorsBesideTheFields()
    {
        var page = await RenderAsync(Consultation(_id, "InProgress", ["complete"]));
        Api.Problem(HttpMethod.Post, $"/api/consultations/{_id}/complete", 400, "validation", null, new()
        {
            ["opinion"] = ["Write the opinion (at most 8000 characters)."],
            ["followUpDays"] = ["A follow-up needs followUpDays from 1 to 365."],
        });
        page.Find("[data-testid=action-complete]").Click();
        page.FindAll("[data-testid=follow-up-days]").ShouldBeEmpty();

        await page.InvokeAsync(() => page.FindComponent<MudBlazor.MudRadioGroup<Recommendation?>>().Instance.ValueChanged.InvokeAsync(Recommendation.FollowUp));
        page.Find("[data-testid=follow-up-days]").ShouldNotBeNull();
        page.Find("[data-testid=panel-complete] form").Submit();

        page.WaitForAssertion(() => page.Find("[data-testid=panel-complete]").TextContent.ShouldContain("请填写会诊意见"));
        page.Find("[data-testid=panel-complete]").TextContent.ShouldContain("随访间隔须为 1 到 365 天。");
        JsonSerializer.Deserialize<CompleteRequest>(Api.Sent(HttpMethod.Post, $"/api/consultations/{_id}/complete").Single().Body!, Json)
            .ShouldBe(new CompleteRequest(string.Empty, Recommendation.FollowUp, null));
    }

    [Fact]
    public async Task SchedulingOnThePicker_ShowsTheConsultationScheduled_WithoutWaitingForALiveMessage()
    {
        var page = await RenderAsync(Consultation(_id, "Claimed", ["schedule", "release"], version: 8), StaffRole.Specialist);
        Api.Get($"/api/specialists/{Me.Id}/availability", Weekdays(Me.Id));
        Api.Get($"/api/specialists/{Me.Id}/bookings", Array.Empty<Contracts.Availability.BookingResponse>());
        var booking = new ConsultationBookingResponse(Guid.NewGuid(), Me.Id, Local(4, 11), Local(4, 11, 30), BookingStatus.Active);
        Api.On(HttpMethod.Post, $"/api/consultations/{_id}/schedule", HttpStatusCode.OK, Consultation(_id, "Scheduled", ["reschedule", "start"], sequence: 11, booking: booking));

        page.Find("[data-testid=action-schedule]").Click();
        page.WaitForElement("[data-testid=slot][data-time='11:00']").Click();
        page.Find("[data-testid=slot-submit]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=consultation]").GetAttribute("data-status").ShouldBe("Scheduled"));
        page.FindAll("[data-testid=panel-schedule]").ShouldBeEmpty();
        page.Find("[data-testid=consultation-booking]").TextContent.ShouldBe("2026年3月4日 11:00–11:30");
        var sent = Api.Sent(HttpMethod.Post, $"/api/consultations/{_id}/schedule").ShouldHaveSingleItem();
        sent.IfMatch.ShouldBe("\"8\"");
        JsonSerializer.Deserialize<ScheduleRequest>(sent.Body!, Json).ShouldBe(new ScheduleRequest(Local(4, 11), Local(4, 11, 30)));
    }

    [Fact]
    public async Task ClosingOut_SendsTheSurvey()
    {
        var page = await RenderAsync(Consultation(_id, "Completed", ["close-out"]) with { Opinion = "建议规范抗血小板治疗。", Recommendation = Recommendation.ManageLocally });
        Api.On(HttpMethod.Post, $"/api/consultations/{_id}/close-out", HttpStatusCode.OK,
            Consultation(_id, "Closed", []) with { Satisfaction = 4, ReferralAvoided = true, Opinion = "建议规范抗血小板治疗。", Recommendation = Recommendation.ManageLocally });
        page.Find("[data-testid=opinion-recommendation]").TextContent.ShouldBe("在本院继续治疗");

        page.Find("[data-testid=action-close-out]").Click();
        await page.InvokeAsync(() => page.FindComponent<MudBlazor.MudRating>().Instance.SelectedValueChanged.InvokeAsync(4));
        await page.InvokeAsync(() => page.FindComponent<MudBlazor.MudRadioGroup<string>>().Instance.ValueChanged.InvokeAsync("yes"));
        page.Find("[data-testid=panel-close-out] form").Submit();

        page.WaitForAssertion(() => page.Find("[data-testid=survey]").GetAttribute("data-satisfaction").ShouldBe("4"));
        JsonSerializer.Deserialize<CloseOutRequest>(Api.Sent(HttpMethod.Post, $"/api/consultations/{_id}/close-out").Single().Body!, Json)
            .ShouldBe(new CloseOutRequest(4, true));
    }

    [Fact]
    public async Task ReferringUp_CreatesOneReferral_WithAnIdempotencyKey_AndOpensIt()
    {
        var page = await RenderAsync(Consultation(_id, "Closed", ["refer"]) with { Recommendation = Recommendation.ReferUp, Opinion = "建议上转行冠脉造影。" });
        var referral = Guid.NewGuid();
        Api.On(HttpMethod.Post, "/api/referrals", HttpStatusCode.Created, new { id = referral });

        page.Find("[data-testid=action-refer]").Click();
        page.Find("[data-testid=priority-examination]").Change(true);
        page.Find("[data-testid=panel-refer] form").Submit();

        page.WaitForAssertion(() => CurrentUri.ShouldEndWith($"/referrals/{referral}"));
        var sent = Api.Sent(HttpMethod.Post, "/api/referrals").ShouldHaveSingleItem();
        sent.IdempotencyKey.ShouldNotBeNullOrWhiteSpace();
        JsonSerializer.Deserialize<ReferralRequest>(sent.Body!, Json).ShouldBe(new ReferralRequest(_id, new ReferralPriorities(false, true, false), null));
    }

    [Fact]
    public async Task AMoveSomeoneElseMadeFirst_IsExplained_AndAReloadIsOffered()
    {
        var page = await RenderAsync(Consultation(_id, "Scheduled", ["start", "reschedule"]));
        Api.Problem(HttpMethod.Post, $"/api/consultations/{_id}/start", 409, "concurrency", "Someone else changed this consultation.");

        page.Find("[data-testid=action-start]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=problem]").GetAttribute("data-code").ShouldBe("concurrency"));
        page.Find("[data-testid=problem-text]").TextContent.ShouldContain("有人修改了这条记录");
        page.Find("[data-testid=problem-reload]").ShouldNotBeNull();
    }

    [Fact]
    public async Task TheConsultation_SwitchesToEnglish()
    {
        var page = await RenderAsync(Consultation(_id, "InfoRequested", ["provide-info"]));

        await page.InvokeAsync(() => Localizer.SetLanguageAsync(Language.En));

        page.WaitForAssertion(() => page.Find("h1").TextContent.ShouldStartWith("Consultation"));
        page.Find("[data-testid=consultation-status]").TextContent.ShouldContain("Information requested");
        page.Find("[data-testid=action-provide-info]").TextContent.ShouldContain("Provide the information");
        page.Find("[data-testid=consultation-patient]").TextContent.ShouldBe("SQ-2026-0147 · 68 y · Male");
        page.Find("[data-testid=history-action]").TextContent.ShouldBe("requested the consultation");
    }

    private async Task<IRenderedComponent<ConsultationDetail>> RenderAsync(ConsultationResponse consultation, StaffRole role = StaffRole.Clinician)
    {
        await SignInAsAsync(role);
        Api.Get($"/api/consultations/{_id}", consultation);
        Api.Get("/api/referrals", new PagedResponse<ReferralResponse>([], 1, 20, 0));
        RenderProviders();
        var page = Render<ConsultationDetail>(p => p.Add(x => x.Id, _id));
        page.WaitForElement("[data-testid=consultation]");
        return page;
    }
}
