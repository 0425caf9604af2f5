using Microsoft.Playwright;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>A county coordinator keeps their hospital's organisation: departments and party branches.</summary>
public sealed class HospitalJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task CountyCoordinator_AddsADepartmentAndABranch_AndADuplicateNameIsExplained()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);
        await page.SignInAsync(Journey.LangaoCoordinator);
        await page.GetByTestId("quick-manage-hospital").ClickAsync();
        await Assertions.Expect(page.GetByTestId("hospital-name")).ToHaveTextAsync("岚皋县人民医院");
        await Assertions.Expect(page.GetByTestId("departments-table")).ToContainTextAsync("重症医学科");

        // A name the hospital already uses: the API's conflict is said in words.
        await page.GetByTestId("department-name").FillAsync("重症医学科");
        await page.GetByTestId("department-specialty").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "重症医学科", Exact = true }).ClickAsync();
        await page.GetByTestId("department-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("add-department-form").GetByTestId("problem")).ToHaveAttributeAsync("data-code", "duplicate_name");
        await Assertions.Expect(page.GetByTestId("add-department-form").GetByTestId("problem-text")).ToContainTextAsync("已存在同名记录");

        await page.GetByTestId("department-name").FillAsync("神经内科");
        await page.GetByTestId("department-specialty").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "神经内科", Exact = true }).ClickAsync();
        await page.GetByTestId("department-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("departments-table")).ToContainTextAsync("神经内科");
        await Assertions.Expect(page.GetByTestId("add-department-form").GetByTestId("problem")).ToHaveCountAsync(0);

        await page.GetByTestId("branch-name").FillAsync("岚皋县人民医院内科党支部");
        await page.GetByTestId("branch-secretary").FillAsync("王建华");
        await page.GetByTestId("branch-members").FillAsync("18");
        await page.GetByTestId("branch-submit").ClickAsync();

        var branches = page.GetByTestId("branches-table");
        await Assertions.Expect(branches).ToContainTextAsync("岚皋县人民医院内科党支部");
        await Assertions.Expect(branches).ToContainTextAsync("王建华");
        await page.ScreenshotAsync("hospital-coordinator.png");
    }

    [Fact]
    public async Task Administrator_EditsAHospital_AndTheListShowsTheNewName()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);
        await page.SignInAsync(Journey.Admin);
        await page.GetByTestId("nav-hospitals").ClickAsync();
        await page.GetByTestId("hospital-link").Filter(new() { HasText = "宁陕县医院" }).ClickAsync();
        await page.GetByTestId("edit-hospital").ClickAsync();
        await Assertions.Expect(page.GetByTestId("hospital-name-en")).ToHaveValueAsync("Ningshan County Hospital");

        await page.GetByTestId("hospital-name-en").FillAsync("Ningshan County People's Hospital");
        await page.GetByTestId("hospital-region").FillAsync(string.Empty);
        await page.GetByTestId("hospital-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("problem")).ToHaveAttributeAsync("data-code", "validation");
        await Assertions.Expect(page.GetByTestId("hospital-form")).ToContainTextAsync("此项必填。");

        await page.GetByTestId("hospital-region").FillAsync("宁陕县");
        await page.GetByTestId("hospital-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("hospital-name")).ToHaveTextAsync("宁陕县医院");
        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.GetByTestId("hospital-name")).ToHaveTextAsync("Ningshan County People's Hospital");
    }
}
