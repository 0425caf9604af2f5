using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SpecialtyAlliance.Infrastructure.Demo;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>The demo people and the steps every journey shares.</summary>
internal static class Journey
{
    public const string Admin = DemoPeople.Admin;
    public const string CityCoordinator = DemoPeople.CityCoordinator;
    public const string CardiologySpecialist = DemoPeople.CardiologySpecialist;
    public const string ShiquanClinician = DemoPeople.ShiquanClinician;
    public const string LangaoCoordinator = DemoPeople.LangaoCoordinator;

    /// <summary>Signs in from the sign-in page with the keyboard (Enter submits) and waits for the home page.</summary>
    public static async Task SignInAsync(this IPage page, string email, string path = "/signin")
    {
        await page.GotoAsync(path);
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync(DemoSeeder.DemoPassword);
        await page.GetByTestId("password").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToBeVisibleAsync();
    }

    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name), FullPage = true });
}
