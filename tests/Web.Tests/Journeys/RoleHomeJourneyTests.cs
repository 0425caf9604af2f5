using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>Each role signs in and lands on its own home page: greeting, hospital, notifications, reminders, quick links.</summary>
public sealed class RoleHomeJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("administrator", Journey.Admin, "Administrator", "王立新", "安康市中心医院", "quick-propose-pairing")]
    [InlineData("coordinator", Journey.LangaoCoordinator, "Coordinator", "吴海燕", "岚皋县人民医院", "quick-manage-hospital")]
    [InlineData("specialist", Journey.CardiologySpecialist, "Specialist", "陈明远", "安康市中心医院", "quick-my-pairings")]
    [InlineData("clinician", Journey.ShiquanClinician, "Clinician", "孙建国", "石泉县医院", "quick-my-pairings")]
    public async Task EachRole_SignsIn_AndLandsOnItsHome(string role, string email, string roleName, string name, string hospital, string quickLink)
    {
        // Something waiting for them tomorrow morning, as the features that write reminders will leave.
        // The demo's own work leaves reminders too; ours is made the soonest so the home (five soonest) shows it.
        var recipient = await fixture.Api.StaffIdAsync(email);
        var now = DateTimeOffset.UtcNow;
        var pending = await fixture.Api.Db(async db =>
        {
            var soonest = await db.Reminders.Where(r => r.RecipientId == recipient && r.Status == ReminderStatus.Pending)
                .OrderBy(r => r.DueAt).Select(r => (DateTimeOffset?)r.DueAt).FirstOrDefaultAsync();
            var due = soonest is { } s && s < now.AddHours(20) ? s.AddMinutes(-1) : now.AddHours(20);
            db.Reminders.Add(Reminder.Create("consultation-follow-up", "Consultation", Guid.CreateVersion7(), recipient, due, now));
            await db.SaveChangesAsync();
            return await db.Reminders.CountAsync(r => r.RecipientId == recipient && r.Status == ReminderStatus.Pending);
        });

        var page = await browser.NewPageAsync(fixture.Api.Address);
        var started = Stopwatch.StartNew();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("signin-submit")).ToBeEnabledAsync();
        var signInUsable = started.ElapsedMilliseconds;
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync("Demo#2026");
        var submitted = Stopwatch.StartNew();
        await page.GetByTestId("password").PressAsync("Enter");

        var home = page.GetByTestId("home");
        await Assertions.Expect(home).ToHaveAttributeAsync("data-role", roleName);
        await Assertions.Expect(page.GetByTestId("home-reminder")).ToHaveCountAsync(Math.Min(pending, 5));
        Console.WriteLine($"{role}: sign-in page usable after a cold load in {signInUsable} ms; signed-in home usable {submitted.ElapsedMilliseconds} ms after submitting");

        await Assertions.Expect(page.GetByTestId("greeting")).ToContainTextAsync(name);
        await Assertions.Expect(page.GetByTestId("home-hospital")).ToHaveTextAsync(hospital);
        await Assertions.Expect(page.GetByTestId("home-reminder").First).ToContainTextAsync("会诊随访");
        await Assertions.Expect(page.GetByTestId(quickLink)).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("首页 · 专科联盟");
        await Assertions.Expect(page.GetByTestId("live-status")).ToHaveAttributeAsync("data-state", "Connected");
        await page.ScreenshotAsync($"home-{role}.png");
    }

    [Fact]
    public async Task SignedInHome_OnAColdLoad_IsUsable_AndMeasured()
    {
        var first = await browser.NewPageAsync(fixture.Api.Address);
        await first.SignInAsync(Journey.CityCoordinator);
        var cookies = await first.Context.StorageStateAsync();

        // A new browser context with the session cookie but an empty cache: tomorrow morning's first visit.
        var page = await browser.NewPageAsync(fixture.Api.Address, storageState: cookies);
        var started = Stopwatch.StartNew();
        await page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.GetByTestId("home")).ToHaveAttributeAsync("data-role", "Coordinator");
        await Assertions.Expect(page.GetByTestId("quick-manage-hospital")).ToBeEnabledAsync();
        Console.WriteLine($"Signed-in home page usable after a cold load: {started.ElapsedMilliseconds} ms");
    }
}
