using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MiniExcelLibs;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>A coordinator imports a workbook: a bad row is shown in words and nothing is imported; fixed, the people arrive.</summary>
public sealed class ImportJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    private static readonly string[] Header = ["姓名", "职称", "邮箱", "手机", "医院", "科室", "角色", "是否党员", "专科", "是否科主任"];

    [Fact]
    public async Task CountyCoordinator_UploadsAWorkbook_SeesTheBadRowInWords_FixesIt_AndImportsThePeople()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);
        await page.SignInAsync(Journey.LangaoCoordinator);
        await page.GetByTestId("nav-import").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-template-xlsx")).ToHaveAttributeAsync("href", "api/staff/import/template.xlsx");

        var people = Enumerable.Range(1, 5)
            .Select(i => new object?[] { $"岚皋导入{i}", "住院医师", $"journey{i}@langao.test", null, "岚皋县人民医院", "重症医学科", "医生", "否", null, "否" })
            .ToList();
        people[2][2] = "journey3-at-langao";
        await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "岚皋人员.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = Workbook(people) });
        await page.GetByTestId("import-preview-button").ClickAsync();

        await Assertions.Expect(page.GetByTestId("import-counts")).ToContainTextAsync("共 5 行：将新建 4 行，跳过 0 行（已存在），1 行有问题。");
        var bad = page.Locator("[data-testid=import-row][data-action=Invalid]");
        await Assertions.Expect(bad).ToHaveAttributeAsync("data-row", "4");
        await Assertions.Expect(bad.GetByTestId("import-problem")).ToHaveTextAsync("邮箱：不是有效的邮箱地址。");
        await Assertions.Expect(page.GetByTestId("import-button")).ToBeDisabledAsync();
        await page.ScreenshotAsync("import-preview-problem.png");

        people[2][2] = "journey3@langao.test";
        await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "岚皋人员.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = Workbook(people) });
        await page.GetByTestId("import-preview-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-counts")).ToContainTextAsync("将新建 5 行");
        await page.GetByTestId("import-button").ClickAsync();

        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("导入完成：新建 5 人，跳过 0 人（已存在）。");
        await Assertions.Expect(page.GetByTestId("import-invitations").Locator("tbody tr")).ToHaveCountAsync(5);
        (await fixture.Api.Db(db => db.Staff.CountAsync(s => s.Email.EndsWith("@langao.test")))).ShouldBe(5);
        await page.ScreenshotAsync("import-done.png");
    }

    private static byte[] Workbook(IEnumerable<object?[]> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object>
        {
            ["人员"] = rows.Select(row => Header.Select((h, i) => (h, v: row[i])).ToDictionary(p => p.h, p => p.v)).ToList(),
        });
        return stream.ToArray();
    }
}
