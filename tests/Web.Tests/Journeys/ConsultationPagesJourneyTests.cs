using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>
/// Every consultation page is usable in English, for a clinician and for a specialist (the live queue's cold load is
/// measured in <see cref="ColdLoadJourneyTests"/>).
/// </summary>
public sealed partial class ConsultationPagesJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task AClinicianCanRequest_AndFollowConsultations_InEnglish()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address, locale: "en-US");
        await page.SignInAsync(Journey.ShiquanClinician);
        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.GetByTestId("count-close-out")).ToContainTextAsync("Awaiting your close-out");

        await page.GetByTestId("nav-request-consultation").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Request a teleconsultation");
        await Assertions.Expect(page.GetByTestId("target-Emergency")).ToContainTextAsync("Emergency: claimed within 30 min");
        await Assertions.Expect(page.GetByTestId("field-specialty")).ToContainTextAsync("Cardiology");
        await page.GetByTestId("patient-reference").FillAsync("张三");
        await page.GetByTestId("request-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("field-patient.reference")).ToContainTextAsync("never a name");
        await Assertions.Expect(page.GetByTestId("field-urgency")).ToContainTextAsync("Urgency must be one of");
        await Assertions.Expect(page.GetByTestId("field-patient.age")).ToContainTextAsync("Enter the patient's age");
        await Assertions.Expect(page.GetByTestId("problem")).ToContainTextAsync("Some fields need your attention");

        await page.GetByTestId("nav-consultations").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Consultations");
        await Assertions.Expect(page.GetByTestId("consultations-table")).ToContainTextAsync("Opinion given");
        await page.GetByTestId("consultation-link").Filter(new() { HasText = "SQ-2026-0087" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("opinion-recommendation")).ToHaveTextAsync("Follow up in 14 days");
        await Assertions.Expect(page.GetByTestId("action-close-out")).ToHaveTextAsync("Close out");
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("gave the opinion");
        await AssertNoChineseInTheChromeAsync(page);

        await page.GetByTestId("nav-referrals").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Referrals");
        await Assertions.Expect(page.GetByTestId("referrals-table")).ToContainTextAsync("Accepted");
    }

    [Fact]
    public async Task ASpecialistCanWorkTheQueue_Agenda_AndAvailability_InEnglish()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address, locale: "en-US");
        await page.SignInAsync(ConsultationJourney.IcuSpecialist);
        await page.GetByTestId("language-switch").ClickAsync();

        await page.GetByTestId("nav-queue").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Live consultation queue");
        var item = page.GetByTestId("queue-item").First;
        await Assertions.Expect(item.GetByTestId("urgency")).ToHaveTextAsync("Emergency");
        await Assertions.Expect(item.GetByTestId("queue-claim")).ToHaveTextAsync("Claim");
        await Assertions.Expect(item).ToContainTextAsync("Langao County People's Hospital");
        await AssertNoChineseInTheChromeAsync(page);

        await page.GetByTestId("nav-agenda").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("My consultation agenda");
        await Assertions.Expect(page.GetByTestId("agenda-item").First).ToContainTextAsync("Scheduled");

        await page.GetByTestId("nav-availability").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("My availability");
        await Assertions.Expect(page.GetByTestId("window-row")).ToHaveCountAsync(10);
        await page.GetByTestId("add-block").ClickAsync();
        await page.GetByTestId("block-row").Last.GetByTestId("block-end").FillAsync("2020-01-01T08:00");
        await page.GetByTestId("availability-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("block-row").Last).ToContainTextAsync("The block must end after it starts.");
        var tomorrow = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Date.AddDays(1);
        await page.GetByTestId("block-row").Last.GetByTestId("block-end").FillAsync(tomorrow.AddHours(12).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("availability-save").ClickAsync();
        await Assertions.Expect(page.GetByText("Your availability is saved.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("block-row")).ToHaveCountAsync(1);
        await page.QuietScreenshotAsync("availability-specialist.png");

        await page.GetByTestId("nav-referrals").ClickAsync();
        await Assertions.Expect(page.GetByTestId("referrals-table")).ToContainTextAsync("Returned");
    }

    /// <summary>The navigation, the app bar and the headings are all English (user data such as summaries stays as written).</summary>
    private static async Task AssertNoChineseInTheChromeAsync(IPage page)
    {
        foreach (var text in new[] { await page.GetByTestId("nav-menu").InnerTextAsync(), await page.Locator("h1, h2").AllInnerTextsAsync() is var headings ? string.Join(" ", headings) : string.Empty })
        {
            Chinese().IsMatch(text).ShouldBeFalse(text);
        }
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
