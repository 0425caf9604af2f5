using System.Net.Http.Json;
using Microsoft.Playwright;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>
/// A slot booked by someone else between reading the calendar and sending is explained in words (and the calendar shows
/// it taken); a county clinician refers a patient up through the green channel and the city specialist moves it along.
/// </summary>
public sealed class SchedulingAndReferralJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ASlotTakenWhileChoosing_IsExplainedInWords_AndAnotherTimeCanBeBooked()
    {
        // Two requests the cardiologist has claimed (through the API, as another browser tab would).
        using var clinician = await fixture.Api.ClientFor(Journey.ShiquanClinician);
        using var specialistApi = await fixture.Api.ClientFor(Journey.CardiologySpecialist);
        var first = await RequestAndClaimAsync(clinician, specialistApi, "SQ-T-0001");
        var second = await RequestAndClaimAsync(clinician, specialistApi, "SQ-T-0002");

        var page = await browser.NewPageAsync(fixture.Api.Address);
        await page.SignInAsync(Journey.CardiologySpecialist);
        await page.GotoAsync($"/consultations/{first.Id}");
        await page.GetByTestId("action-schedule").ClickAsync();
        var picker = page.GetByTestId("panel-schedule");
        await ConsultationJourney.ShowNextWeekAsync(picker);
        var cell = picker.Locator("[data-testid=slot][data-state=Available]").First;
        var time = await cell.GetAttributeAsync("data-time");
        var start = await ConsultationJourney.SlotStartAsync(picker, cell);
        await cell.ClickAsync();

        // Meanwhile the same specialist books that very time for the other request, in another tab.
        using (var taken = await specialistApi.PostAsJsonAsync($"/api/consultations/{second.Id}/schedule", new ScheduleRequest(start, start.AddMinutes(30))))
        {
            taken.EnsureSuccessStatusCode();
        }

        await picker.GetByTestId("slot-submit").ClickAsync();

        await Assertions.Expect(picker.GetByTestId("slot-taken")).ToContainTextAsync("这个时间段已被预约");
        await Assertions.Expect(picker.Locator($"[data-testid=slot][data-time='{time}']")).ToHaveAttributeAsync("data-state", "Booked");
        await Assertions.Expect(picker.GetByTestId("slot-verdict")).ToHaveAttributeAsync("data-verdict", "Taken");
        await Assertions.Expect(page.GetByTestId("problem")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("consultation")).ToHaveAttributeAsync("data-status", "Claimed");
        await page.QuietScreenshotAsync("slot-taken-specialist.png");

        await picker.Locator("[data-testid=slot][data-state=Available]").First.ClickAsync();
        await picker.GetByTestId("slot-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("consultation")).ToHaveAttributeAsync("data-status", "Scheduled");
    }

    [Fact]
    public async Task AClinicianRefersUp_AndTheCitySpecialistAccepts_Admits_AndReturnsThePatient_WhileTheClinicianFollowsItsProgress()
    {
        // Hanyin's critical-care request recommended referring up; the first referral was declined (the ICU was full).
        var clinician = await browser.NewPageAsync(fixture.Api.Address);
        await clinician.SignInAsync(ConsultationJourney.HanyinClinician);
        await clinician.GetByTestId("nav-consultations").ClickAsync();
        await clinician.GetByTestId("consultation-link").Filter(new() { HasText = "HY-2026-0072" }).ClickAsync();
        await Assertions.Expect(clinician.GetByTestId("consultation-referral")).ToContainTextAsync("已婉拒");
        await clinician.GetByTestId("action-refer").ClickAsync();
        await clinician.GetByTestId("priority-treatment").CheckAsync(new() { Force = true });
        await clinician.GetByTestId("priority-admission").CheckAsync(new() { Force = true });
        await clinician.GetByTestId("move-text").FillAsync("省级医院床位紧张，请再次评估接收。");
        await clinician.GetByTestId("move-submit").ClickAsync();
        var referral = clinician.GetByTestId("referral");
        await Assertions.Expect(referral).ToHaveAttributeAsync("data-status", "Requested");
        await Assertions.Expect(clinician.GetByTestId("referral-actions").GetByTestId("no-actions")).ToBeVisibleAsync();
        var referralId = clinician.Url[(clinician.Url.LastIndexOf('/') + 1)..];

        // The city ICU specialist takes it from the referrals list.
        var specialist = await browser.NewPageAsync(fixture.Api.Address);
        await specialist.SignInAsync(ConsultationJourney.IcuSpecialist);
        await specialist.GetByTestId("nav-referrals").ClickAsync();
        await specialist.GetByTestId("filter-status").ClickAsync();
        await specialist.GetByRole(AriaRole.Option, new() { Name = "待接收" }).ClickAsync();
        await Assertions.Expect(specialist).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("status=Requested"));
        await specialist.Locator($"[data-testid=referral-link][data-id='{referralId}']").ClickAsync();
        await specialist.GetByTestId("referral-accept").ClickAsync();
        var tomorrow = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Date.AddDays(1));
        await specialist.GetByTestId("accept-date").FillAsync(tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await specialist.GetByTestId("referral-submit").ClickAsync();
        await Assertions.Expect(specialist.GetByTestId("referral")).ToHaveAttributeAsync("data-status", "Accepted");
        await Assertions.Expect(specialist.GetByTestId("referral-department")).ToHaveTextAsync("重症医学科");
        await specialist.GetByTestId("referral-admit").ClickAsync();
        await Assertions.Expect(specialist.GetByTestId("referral")).ToHaveAttributeAsync("data-status", "Admitted");
        await specialist.GetByTestId("referral-return").ClickAsync();
        await specialist.GetByTestId("referral-text").FillAsync("多器官功能好转，转回汉阴县人民医院继续治疗；出院小结随附。");
        await specialist.GetByTestId("referral-submit").ClickAsync();
        await Assertions.Expect(specialist.GetByTestId("referral")).ToHaveAttributeAsync("data-status", "Returned");

        // The clinician follows its progress.
        await clinician.GetByTestId("nav-referrals").ClickAsync();
        await clinician.Locator($"[data-testid=referral-link][data-id='{referralId}']").ClickAsync();
        await Assertions.Expect(referral).ToHaveAttributeAsync("data-status", "Returned");
        await Assertions.Expect(clinician.GetByTestId("referral-return-note")).ToContainTextAsync("转回汉阴县人民医院");
        await Assertions.Expect(clinician.GetByTestId("referral-step")).ToHaveCountAsync(4);
        await clinician.QuietScreenshotAsync("referral-clinician.png");
    }

    private static async Task<ConsultationResponse> RequestAndClaimAsync(HttpClient clinician, HttpClient specialist, string reference)
    {
        using var requested = await clinician.PostAsJsonAsync("/api/consultations",
            new ConsultationRequest("cardiology", Urgency.Routine, new PatientRequest(reference, 55, PatientSex.Female), "胸闷一周。", "下一步检查？"));
        requested.EnsureSuccessStatusCode();
        var consultation = (await requested.Content.ReadFromJsonAsync<ConsultationResponse>())!;
        using var claimed = await specialist.PostAsync($"/api/consultations/{consultation.Id}/claim", null);
        claimed.EnsureSuccessStatusCode();
        return consultation;
    }
}
