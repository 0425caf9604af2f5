using Microsoft.Playwright;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>Onboarding from the browser: the administrator invites a person, the invitation link sets the password, the person signs in.</summary>
public sealed class AccountJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Administrator_InvitesAPerson_WhoSetsTheirPasswordFromTheLink_AndSignsIn()
    {
        var admin = await browser.NewPageAsync(fixture.Api.Address);
        await admin.SignInAsync(Journey.Admin);
        await admin.GetByTestId("nav-staff").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("staff-table")).ToContainTextAsync("赵晓梅");
        await admin.GetByTestId("add-person").ClickAsync();

        // Without a mail server the invitation is not e-mailed: the page shows the link to pass on.
        var email = $"new{Guid.NewGuid():N}"[..14] + "@ankang.demo";
        await admin.GetByTestId("person-name").FillAsync("邓新来");
        await admin.GetByTestId("person-email").FillAsync(email);
        await admin.GetByTestId("person-submit").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("invitation-not-emailed")).ToBeVisibleAsync();
        var link = await admin.GetByTestId("invitation-link").InputValueAsync();
        link.ShouldContain("/invitation?token=");
        await admin.ScreenshotAsync("account-invited.png");

        var person = await browser.NewPageAsync(fixture.Api.Address);
        await person.GotoAsync(link);
        await person.GetByTestId("new-password").FillAsync("short");
        await person.GetByTestId("confirm-password").FillAsync("short");
        await person.GetByTestId("set-password-submit").ClickAsync();
        await Assertions.Expect(person.GetByText("密码至少需要 10 个字符。")).ToBeVisibleAsync();

        await person.GetByTestId("new-password").FillAsync("Neuer#Kollege26");
        await person.GetByTestId("confirm-password").FillAsync("Neuer#Kollege26");
        await person.GetByTestId("set-password-submit").ClickAsync();
        await Assertions.Expect(person.GetByTestId("password-set")).ToBeVisibleAsync();

        await person.GetByTestId("go-sign-in").ClickAsync();
        await person.GetByTestId("email").FillAsync(email);
        await person.GetByTestId("password").FillAsync("Neuer#Kollege26");
        await person.GetByTestId("password").PressAsync("Enter");
        await Assertions.Expect(person.GetByTestId("signed-in-user")).ToContainTextAsync("邓新来");
        await Assertions.Expect(person.GetByTestId("signed-in-role")).ToHaveTextAsync("县级医生");

        // The administrator sees them active.
        await admin.GotoAsync("/admin/staff");
        await admin.GetByTestId("staff-search").FillAsync("邓新来");
        await Assertions.Expect(admin.GetByTestId("staff-table")).ToContainTextAsync("已启用");
    }
}
