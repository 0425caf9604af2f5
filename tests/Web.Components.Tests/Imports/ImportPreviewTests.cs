using System.Net;
using Bunit;
using SpecialtyAlliance.Contracts.Imports;
using SpecialtyAlliance.Web.Components.Imports;
using SpecialtyAlliance.Web.Components.Tests.Kit;
using SpecialtyAlliance.Web.Localization;

namespace SpecialtyAlliance.Web.Components.Tests.Imports;

/// <summary>The import preview: every row with what importing it does and its problems in words, in Chinese and English.</summary>
public sealed class ImportPreviewTests : WebTestContext
{
    private static readonly ImportRowResponse Good = new(2, ImportActions.Create, Values("王建国", "wang@example.cn", "Specialist"), []);

    private static readonly ImportRowResponse Known = new(3, ImportActions.Skip, Values("李秀英", "li@example.cn", "Clinician"), []);

    private static readonly ImportRowResponse Bad = new(
        4,
        ImportActions.Invalid,
        Values("张三", null, null),
        [
            new ImportProblemResponse(4, "邮箱", "email", "invalid_email", "'zhang@' is not an e-mail address."),
            new ImportProblemResponse(4, "角色", "role", "role_not_allowed", "Only administrators may make someone an administrator."),
        ]);

    [Fact]
    public async Task EachRow_ShowsItsNumberAction_AndItsProblemsInWords_InBothLanguages()
    {
        var table = Render<ImportPreviewTable>(p => p
            .Add(t => t.Rows, [Good, Known, Bad])
            .Add(t => t.Columns, ImportColumnView.Staff)
            .Add(t => t.Summary, "共 3 行"));

        var rows = table.FindAll("[data-testid=import-row]");
        rows.Select(r => r.GetAttribute("data-row")).ShouldBe(["2", "3", "4"]);
        rows.Select(r => r.GetAttribute("data-action")).ShouldBe(["Create", "Skip", "Invalid"]);
        rows[0].TextContent.ShouldContain("新建");
        rows[0].TextContent.ShouldContain("市级专家");
        rows[1].TextContent.ShouldContain("已存在，跳过");
        table.FindAll("[data-testid=import-problem]").Select(p => p.TextContent)
            .ShouldBe(["邮箱：不是有效的邮箱地址。", "角色：只有联盟管理员可以导入管理员。"]);

        await table.InvokeAsync(() => Localizer.SetLanguageAsync(Language.En));

        table.WaitForAssertion(() => table.FindAll("[data-testid=import-problem]")[0].TextContent.ShouldBe("邮箱：'zhang@' is not an e-mail address."));
        table.FindAll("[data-testid=import-row]")[0].TextContent.ShouldContain("Specialist");
    }

    [Fact]
    public void ALongFileWithProblems_ShowsOnlyTheRowsWithProblems_UntilAskedForAll()
    {
        var many = Enumerable.Range(2, 30).Select(i => Good with { Row = i }).Append(Bad with { Row = 32 }).ToList();

        var table = Render<ImportPreviewTable>(p => p.Add(t => t.Rows, many).Add(t => t.Columns, ImportColumnView.Staff));

        table.FindAll("[data-testid=import-row]").ShouldHaveSingleItem().GetAttribute("data-row").ShouldBe("32");
        table.Find("input[type=checkbox]").Change(false);
        table.FindAll("[data-testid=import-row]").Count.ShouldBe(31);
    }

    [Fact]
    public async Task TheWizard_PreviewsTheChosenFile_AndImportsIt_ShowingTheCounts()
    {
        Api.On(HttpMethod.Post, "/api/staff/import/preview", HttpStatusCode.OK, new ImportPreviewResponse("Xlsx", 2, 1, 1, 0, [Good, Known]));
        Api.On(HttpMethod.Post, "/api/staff/import", HttpStatusCode.OK, new StaffImportResponse(1, 1, []));
        var wizard = Render<ImportWizard>(p => p.Add(w => w.BaseUrl, "api/staff/import").Add(w => w.Columns, ImportColumnView.Staff));

        wizard.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>()
            .UploadFiles(InputFileContent.CreateFromBinary("PK\u0003\u0004 workbook"u8.ToArray(), "staff.xlsx"));
        await wizard.Find("[data-testid=import-preview-button]").ClickAsync(new());

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=import-counts]").TextContent.ShouldBe("共 2 行：将新建 1 行，跳过 1 行（已存在），0 行有问题。"));
        await wizard.Find("[data-testid=import-button]").ClickAsync(new());
        wizard.WaitForAssertion(() => wizard.Find("[data-testid=import-result]").TextContent.ShouldContain("新建 1 人，跳过 1 人"));
        Api.Requests.Count(r => r.Method == HttpMethod.Post).ShouldBe(2);
    }

    [Fact]
    public async Task AnImportRefusedAfterThePreview_ShowsTheRefusedRowsInTheSameTable()
    {
        Api.On(HttpMethod.Post, "/api/staff/import/preview", HttpStatusCode.OK, new ImportPreviewResponse("Xlsx", 1, 1, 0, 0, [Good]));
        var taken = Good with
        {
            Action = ImportActions.Invalid,
            Problems = [new ImportProblemResponse(2, "邮箱", "email", "email_taken", "Someone already has the e-mail address wang@example.cn.")],
        };
        Api.On(HttpMethod.Post, "/api/staff/import", HttpStatusCode.BadRequest, new Dictionary<string, object>
        {
            ["status"] = 400,
            ["code"] = "import_rows_invalid",
            ["detail"] = "1 of 1 rows have problems (rows 2); nothing was imported.",
            ["errors"] = new Dictionary<string, string[]> { ["row 2"] = ["邮箱: Someone already has the e-mail address wang@example.cn."] },
            ["rows"] = new[] { taken },
        });
        var wizard = Render<ImportWizard>(p => p.Add(w => w.BaseUrl, "api/staff/import").Add(w => w.Columns, ImportColumnView.Staff));
        wizard.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>()
            .UploadFiles(InputFileContent.CreateFromBinary("PK\u0003\u0004 workbook"u8.ToArray(), "staff.xlsx"));
        await wizard.Find("[data-testid=import-preview-button]").ClickAsync(new());
        wizard.WaitForAssertion(() => wizard.Find("[data-testid=import-button]").HasAttribute("disabled").ShouldBeFalse());

        await wizard.Find("[data-testid=import-button]").ClickAsync(new());

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=import-counts]").TextContent.ShouldBe("有 1 行有问题，什么都没有导入。"));
        wizard.Find("[data-testid=import-row]").GetAttribute("data-action").ShouldBe("Invalid");
        wizard.Find("[data-testid=import-problem]").TextContent.ShouldBe("邮箱：这个邮箱已被另一个人使用。");
        wizard.FindAll("[data-testid=import-result]").ShouldBeEmpty();
    }

    private static Dictionary<string, string?> Values(string name, string? email, string? role) =>
        new() { ["fullName"] = name, ["email"] = email, ["hospital"] = "安康市中心医院", ["department"] = "心血管内科", ["role"] = role };
}
