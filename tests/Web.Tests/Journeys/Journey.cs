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
    public const string Admin = "admin@ankang.demo";
    public const string CityCoordinator = "coordinator@ankang.demo";
    public const string CardiologySpecialist = "cardiology@ankang.demo";
    public const string ShiquanClinician = "doctor@shiquan.demo";
    public const string LangaoCoordinator = "coordinator@langao.demo";

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

    /// <summary>Runs <paramref name="work"/> against the host's own database (for setup and for checking what was stored).</summary>
    public static async Task<T> Db<T>(this AllianceApi api, Func<AllianceDbContext, Task<T>> work)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AllianceDbContext>());
    }

    public static Task<Guid> StaffIdAsync(this AllianceApi api, string email) =>
        api.Db(db => db.Staff.Where(s => s.Email == email).Select(s => s.Id).SingleAsync());
}
