using Microsoft.Playwright;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>
/// Issue 6's journey: a county clinician requests a consultation and, in a second browser context, a city specialist sees
/// it appear in the live queue without reloading, claims and schedules it; the clinician sees each status change live;
/// the specialist starts and completes it, and the clinician closes it out.
/// </summary>
public sealed class ConsultationJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ClinicianRequests_SpecialistSeesItLive_ClaimsAndSchedules_ClinicianSeesEachChangeLive_ThenCompleteAndCloseOut()
    {
        // The specialist watches the queue.
        var specialist = await browser.NewPageAsync(fixture.Api.Address);
        await specialist.SignInAsync(Journey.CardiologySpecialist);
        await specialist.GetByTestId("nav-queue").ClickAsync();
        await Assertions.Expect(specialist.GetByTestId("queue")).ToBeVisibleAsync();
        await Assertions.Expect(specialist.GetByTestId("live-status")).ToHaveAttributeAsync("data-state", "Connected");
        var before = await specialist.GetByTestId("queue-item").CountAsync();
        var loads = 0;
        specialist.Request += (_, request) => loads += request.Url.Contains("/api/consultations/queue", StringComparison.Ordinal) ? 1 : 0;

        // The clinician requests, from the home page's quick link.
        var clinician = await browser.NewPageAsync(fixture.Api.Address);
        await clinician.SignInAsync(Journey.ShiquanClinician);
        await clinician.GetByTestId("quick-request-consultation").ClickAsync();
        await Assertions.Expect(clinician.Locator("h1")).ToHaveTextAsync("申请远程会诊");
        await Assertions.Expect(clinician.GetByTestId("target-Urgent")).ToContainTextAsync("4 小时内接诊");
        var reference = $"SQ-J-{Random.Shared.Next(1000, 9999)}";
        await clinician.GetByTestId("urgency-Urgent").CheckAsync(new() { Force = true });
        await clinician.GetByTestId("patient-reference").FillAsync(reference);
        await clinician.GetByTestId("patient-age").FillAsync("71");
        await clinician.GetByTestId("sex-Male").CheckAsync(new() { Force = true });
        await clinician.GetByTestId("summary").FillAsync("反复晕厥2次，动态心电图示间歇性三度房室传导阻滞。");
        await clinician.GetByTestId("question").FillAsync("是否需要临时起搏器过渡后植入永久起搏器？");
        await clinician.QuietScreenshotAsync("request-clinician.png");
        await clinician.GetByTestId("request-submit").ClickAsync();
        var consultation = clinician.GetByTestId("consultation");
        await Assertions.Expect(consultation).ToHaveAttributeAsync("data-status", "Requested");
        await Assertions.Expect(clinician.GetByTestId("consultation-patient")).ToContainTextAsync($"{reference} · 71 岁 · 男");

        // It appears in the specialist's queue without a reload, highlighted, urgency in colour and word.
        var item = specialist.GetByTestId("queue-item").Filter(new() { HasText = reference });
        await Assertions.Expect(item).ToBeVisibleAsync();
        await Assertions.Expect(item).ToHaveAttributeAsync("data-new", "true");
        await Assertions.Expect(item.GetByTestId("urgency")).ToHaveTextAsync("加急");
        await Assertions.Expect(specialist.GetByTestId("queue-item")).ToHaveCountAsync(before + 1);
        await specialist.QuietScreenshotAsync("queue-specialist.png");
        loads.ShouldBe(0, "the queue was not read again: the request arrived live");

        // The specialist claims it; the clinician sees it live.
        await item.GetByTestId("queue-claim").ClickAsync();
        await Assertions.Expect(specialist.GetByTestId("consultation")).ToHaveAttributeAsync("data-status", "Claimed");
        await Assertions.Expect(consultation).ToHaveAttributeAsync("data-status", "Claimed");
        await Assertions.Expect(clinician.GetByTestId("consultation-claimed-by")).ToHaveTextAsync("陈明远");

        // … schedules it on the calendar of their availability (next week: always inside it), and the clinician sees the time.
        var picker = specialist.GetByTestId("panel-schedule");
        await ConsultationJourney.ShowNextWeekAsync(picker);
        await picker.Locator("[data-testid=slot][data-state=Available]").First.ClickAsync();
        await Assertions.Expect(picker.GetByTestId("slot-selection")).ToContainTextAsync("30 分钟");
        await picker.GetByTestId("slot-submit").ClickAsync();
        await Assertions.Expect(specialist.GetByTestId("consultation")).ToHaveAttributeAsync("data-status", "Scheduled");
        await Assertions.Expect(consultation).ToHaveAttributeAsync("data-status", "Scheduled");
        await Assertions.Expect(clinician.GetByTestId("consultation-booking")).ToBeVisibleAsync();

        // Their agenda shows it.
        await specialist.GetByTestId("nav-agenda").ClickAsync();
        await Assertions.Expect(specialist.GetByTestId("agenda-item").Filter(new() { HasText = reference })).ToBeVisibleAsync();
        await specialist.QuietScreenshotAsync("agenda-specialist.png");
        await specialist.GetByTestId("agenda-link").Filter(new() { HasText = reference }).ClickAsync();

        // Start, then complete with the opinion; the clinician sees both.
        await specialist.GetByTestId("action-start").ClickAsync();
        await Assertions.Expect(specialist.GetByTestId("consultation")).ToHaveAttributeAsync("data-status", "InProgress");
        await Assertions.Expect(consultation).ToHaveAttributeAsync("data-status", "InProgress");
        await specialist.GetByTestId("action-complete").ClickAsync();
        await specialist.GetByTestId("move-text").FillAsync("建议临时起搏器过渡，择期植入双腔永久起搏器；停用可能减慢心率的药物。");
        await specialist.GetByTestId("recommendation-ManageLocally").CheckAsync(new() { Force = true });
        await specialist.GetByTestId("move-submit").ClickAsync();
        await Assertions.Expect(specialist.GetByTestId("consultation")).ToHaveAttributeAsync("data-status", "Completed");
        await Assertions.Expect(consultation).ToHaveAttributeAsync("data-status", "Completed");
        await Assertions.Expect(clinician.GetByTestId("opinion-text")).ToContainTextAsync("择期植入双腔永久起搏器");

        // The clinician closes it out with the survey.
        await clinician.GetByTestId("action-close-out").ClickAsync();
        await clinician.GetByTestId("field-satisfaction").Locator(".mud-rating-item").Nth(4).ClickAsync();
        await clinician.GetByTestId("referral-avoided-yes").CheckAsync(new() { Force = true });
        await clinician.GetByTestId("move-submit").ClickAsync();
        await Assertions.Expect(consultation).ToHaveAttributeAsync("data-status", "Closed");
        await Assertions.Expect(clinician.GetByTestId("survey")).ToHaveAttributeAsync("data-satisfaction", "5");
        await Assertions.Expect(clinician.GetByTestId("history-item")).ToHaveCountAsync(6);
        await Assertions.Expect(specialist.GetByTestId("consultation")).ToHaveAttributeAsync("data-status", "Closed");
        await clinician.QuietScreenshotAsync("consultation-clinician.png");
    }
}
