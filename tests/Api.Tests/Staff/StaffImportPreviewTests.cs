using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using SpecialtyAlliance.Contracts.Imports;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Staff;

/// <summary>
/// The staff import's preview and its file rules: every row validated (fields, hospital and department in the caller's
/// scope, the role the caller may give, duplicates, e-mails already there), nothing changed; the file's kind told by
/// its content, with size and row limits.
/// </summary>
public sealed class StaffImportPreviewTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    internal static readonly string[] Header = ["姓名", "职称", "邮箱", "手机", "医院", "科室", "角色", "是否党员", "专科", "是否科主任"];

    private AllianceApi Api => fixture.Api;

    /// <summary>Row <paramref name="i"/> of a city-hospital workbook: specialists and clinicians in its departments.</summary>
    internal static IReadOnlyList<object?> CityPerson(int i, string domain = "import.test") =>
        [$"导入测试{i:000}", "主治医师", $"person{i:000}@{domain}", $"1380000{i:0000}", Demo.City,
         i % 2 == 0 ? "心血管内科" : "重症医学科", i % 3 == 0 ? "医生" : "专家", i % 5 == 0 ? "是" : "否", null, "否"];

    [Fact]
    public async Task Preview_Of300Rows_With3BadRows_NamesExactlyThoseRows_AndChangesNothing()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var rows = Enumerable.Range(1, 300).Select(i => CityPerson(i)).ToList();
        rows[9] = [.. rows[9].Take(2), "not-an-email", .. rows[9].Skip(3)];
        rows[149] = [.. rows[149].Take(5), "眼科", .. rows[149].Skip(6)];
        rows[299] = [.. rows[299].Take(2), "person001@import.test", .. rows[299].Skip(3)];
        var staffBefore = await Api.Db(db => db.Staff.CountAsync());

        var preview = await (await admin.Upload("/api/staff/import/preview", ImportFiles.Xlsx(Header, rows)))
            .ShouldBe<ImportPreviewResponse>(HttpStatusCode.OK);

        preview.Total.ShouldBe(300);
        preview.ToCreate.ShouldBe(297);
        preview.Invalid.ShouldBe(3);
        var bad = preview.Rows.Where(r => r.Action == ImportActions.Invalid).ToList();
        bad.Select(r => r.Row).ShouldBe([11, 151, 301], "rows are numbered as the sheet shows them, the header being row 1");
        bad.Select(r => r.Problems.Single().Code).ShouldBe(["invalid_email", "unknown_department", "duplicate_in_file"]);
        bad.Select(r => r.Problems.Single().Column).ShouldBe(["邮箱", "科室", "邮箱"]);
        bad[2].Problems.Single().Message.ShouldContain("Row 2");
        preview.Rows[0].Values["role"].ShouldBe("Specialist");
        preview.Rows[0].Values["specialties"].ShouldBe("critical-care", "a specialist without 专科 gets their department's specialty");
        (await Api.Db(db => db.Staff.CountAsync())).ShouldBe(staffBefore);
    }

    [Fact]
    public async Task Preview_OfACoordinator_RefusesOtherHospitals_AndTheAdministratorRole()
    {
        using var coordinator = await Api.ClientFor(Demo.LangaoCoordinator);
        var file = ImportFiles.Xlsx(Header,
        [
            ["岚皋新人", null, "new.langao@import.test", null, Demo.Langao, "重症医学科", "医生", "否", null, "否"],
            ["市院新人", null, "new.city@import.test", null, Demo.City, "心血管内科", "专家", "否", null, "否"],
            ["紫阳新人", null, "new.ziyang@import.test", null, Demo.Ziyang, "神经内科", "医生", "否", null, "否"],
            ["岚皋管理员", null, "admin.langao@import.test", null, Demo.Langao, null, "管理员", "否", null, "否"],
            ["岚皋协调员", null, "coordinator2.langao@import.test", null, Demo.Langao, null, "Coordinator", "No", null, "No"],
        ]);

        var preview = await (await coordinator.Upload("/api/staff/import/preview", file)).ShouldBe<ImportPreviewResponse>(HttpStatusCode.OK);

        preview.Rows.Select(r => r.Action).ShouldBe(["Create", "Invalid", "Invalid", "Invalid", "Create"]);
        preview.Rows[1].Problems.ShouldHaveSingleItem().Column.ShouldBe("医院");
        preview.Rows[1].Problems.Single().Code.ShouldBeOneOf("out_of_scope", "unknown_hospital");
        preview.Rows[2].Problems.ShouldHaveSingleItem().Column.ShouldBe("医院");
        preview.Rows[3].Problems.ShouldHaveSingleItem().Code.ShouldBe("role_not_allowed");
    }

    [Fact]
    public async Task Preview_SkipsAnE_MailAlreadyThere_ButRefusesItForAnotherPerson()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var clinician = await Api.Db(db => db.Staff.SingleAsync(s => s.Email == Demo.LangaoClinician));
        var file = ImportFiles.Csv(Header,
        [
            [clinician.FullName, null, Demo.LangaoClinician.ToUpperInvariant(), null, Demo.Langao, null, "医生", "否", null, "否"],
            ["别人", null, Demo.ZiyangClinician, null, Demo.Ziyang, null, "医生", "否", null, "否"],
        ]);

        var preview = await (await admin.Upload("/api/staff/import/preview", file, "staff.csv", "text/csv")).ShouldBe<ImportPreviewResponse>(HttpStatusCode.OK);

        preview.Format.ShouldBe("Csv");
        preview.Rows.Select(r => r.Action).ShouldBe(["Skip", "Invalid"]);
        preview.Rows[1].Problems.ShouldHaveSingleItem().Code.ShouldBe("email_taken");
        preview.ToSkip.ShouldBe(1);
    }

    [Fact]
    public async Task Preview_ReadsEnglishHeadersAndWords_FromCsvWithoutAByteOrderMark()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var file = ImportFiles.Csv(
            ["Name", "Title", "E-mail", "Phone", "Hospital", "Department", "Role", "Party member", "Specialties", "Department head"],
            [
                ["Wang Wei", "Chief physician", "wang.wei@import.test", "+86 138 0000 0000", "Ankang Central Hospital", "心血管内科", "Specialist", "yes", "cardiology, stroke", "yes"],
                ["Li Na", null, "li.na@import.test", null, Demo.City, null, "Clinician", "maybe", "cardiology", null],
            ],
            byteOrderMark: false);

        var preview = await (await admin.Upload("/api/staff/import/preview", file, "staff.csv", "text/csv")).ShouldBe<ImportPreviewResponse>(HttpStatusCode.OK);

        preview.Rows[0].Problems.ShouldBeEmpty();
        preview.Rows[0].Values["hospital"].ShouldBe(Demo.City);
        preview.Rows[0].Values["specialties"].ShouldBe("cardiology,stroke");
        preview.Rows[0].Values["partyMember"].ShouldBe("true");
        preview.Rows[1].Problems.Select(p => (p.Column, p.Code)).ShouldBe([("Party member", "unknown_value"), ("Specialties", "unknown_value")]);
    }

    [Fact]
    public async Task Templates_ParseBack_WithTheChineseHeaders_AndPreviewCleanly()
    {
        using var coordinator = await Api.ClientFor(Demo.CityCoordinator);

        var xlsx = await (await coordinator.GetAsync("/api/staff/import/template.xlsx")).Content.ReadAsByteArrayAsync();
        using (var workbook = new MemoryStream(xlsx))
        {
            workbook.GetSheetNames().ShouldBe(["人员", "填写说明"]);
            workbook.Position = 0;
            ((IDictionary<string, object?>)workbook.Query(useHeaderRow: false, sheetName: "人员").First()).Values.ShouldBe(Header);
            workbook.Position = 0;
            workbook.Query(useHeaderRow: true, sheetName: "填写说明").Count().ShouldBe(Header.Length, "one explanation per column");
        }

        var csv = await coordinator.GetAsync("/api/staff/import/template.csv");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n")[0].ShouldBe(string.Join(",", Header));

        using var admin = await Api.ClientFor(Demo.Admin);
        var preview = await (await admin.Upload("/api/staff/import/preview", xlsx)).ShouldBe<ImportPreviewResponse>(HttpStatusCode.OK);
        preview.Rows.ShouldAllBe(r => r.Problems.Count == 0);
    }

    [Fact]
    public async Task AFileThatIsNotASpreadsheet_Is415_WhateverItsName()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01];
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("word/document.xml").OpenAsync();
            await entry.WriteAsync("<w:document/>"u8.ToArray());
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes("姓名,邮箱,医院,角色\r\n张三,a@b.cn,安康市中心医院,医生\r\n");

        foreach (var (content, name) in new[] { (png, "staff.xlsx"), (zip.ToArray(), "staff.xlsx"), (gbk, "staff.csv"), ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "staff.xls") })
        {
            await (await admin.Upload("/api/staff/import/preview", content, name)).ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, "unsupported_file");
        }
    }

    [Fact]
    public async Task Limits_AFileOver5MB_OrOver2000Rows_Is413_AndAHeaderWithoutARequiredColumn_Is400()
    {
        using var admin = await Api.ClientFor(Demo.Admin);

        var big = Encoding.UTF8.GetBytes(string.Join(",", Header) + "\r\n" + new string('x', 5 * 1024 * 1024));
        await (await admin.Upload("/api/staff/import/preview", big, "staff.csv", "text/csv")).ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge, "file_too_large");

        var many = ImportFiles.Csv(Header, Enumerable.Range(1, 2001).Select(i => CityPerson(i)));
        await (await admin.Upload("/api/staff/import/preview", many, "staff.csv", "text/csv")).ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge, "too_many_rows");

        var noEmail = ImportFiles.Xlsx(["姓名", "医院", "角色"], [["张三", Demo.City, "医生"]]);
        var problem = await (await admin.Upload("/api/staff/import/preview", noEmail)).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors!["file"].ShouldHaveSingleItem().ShouldContain("邮箱");

        await (await admin.Upload("/api/staff/import/preview", [], "empty.csv", "text/csv")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task Preview_ReadsQuotedCsvFields_AndSemicolonSeparatedFiles()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var quoted = Encoding.UTF8.GetBytes(
            "姓名,职称,邮箱,医院,角色,专科,科室\r\n\"王, 小明\",\"主任\"\"医师\"\"\",wxm@import.test,安康市中心医院,专家,\"心血管内科,\n卒中中心\",心血管内科\r\n");
        var semicolons = Encoding.UTF8.GetBytes("姓名;邮箱;医院;角色\n李四;lisi@import.test;安康市中心医院;协调员\n");

        var first = await (await admin.Upload("/api/staff/import/preview", quoted, "staff.csv", "text/csv")).ShouldBe<ImportPreviewResponse>(HttpStatusCode.OK);
        var second = await (await admin.Upload("/api/staff/import/preview", semicolons, "staff.csv", "text/csv")).ShouldBe<ImportPreviewResponse>(HttpStatusCode.OK);

        var row = first.Rows.ShouldHaveSingleItem();
        row.Problems.ShouldBeEmpty();
        (row.Values["fullName"], row.Values["title"], row.Values["specialties"]).ShouldBe(("王, 小明", "主任\"医师\"", "cardiology,stroke"));
        second.Rows.ShouldHaveSingleItem().Values["role"].ShouldBe("Coordinator");
        second.ToCreate.ShouldBe(1);
    }

    [Fact]
    public async Task TheImportRoutes_AreDocumented_AsMultipartUploadsOfTheFieldFile()
    {
        using var anonymous = Api.Anonymous();
        using var document = System.Text.Json.JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        foreach (var path in new[] { "/api/staff/import/preview", "/api/staff/import", "/api/hospitals/import/preview", "/api/hospitals/import" })
        {
            var post = paths.GetProperty(path).GetProperty("post");
            post.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace(path);
            post.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetRawText().ShouldContain("\"file\"", customMessage: path);
            post.GetProperty("responses").EnumerateObject().Select(r => r.Name).ShouldBe(["200", "400", "413", "415"], ignoreOrder: true, customMessage: path);
        }

        foreach (var path in new[] { "/api/staff/import/template.xlsx", "/api/staff/import/template.csv", "/api/hospitals/import/template.xlsx", "/api/hospitals/import/template.csv" })
        {
            paths.GetProperty(path).GetProperty("get").GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace(path);
        }
    }

    [Fact]
    public async Task Preview_IsForAdministratorsAndCoordinators()
    {
        using var clinician = await Api.ClientFor(Demo.LangaoClinician);

        await (await clinician.Upload("/api/staff/import/preview", ImportFiles.Xlsx(Header, [CityPerson(1)]))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await clinician.GetAsync("/api/staff/import/template.xlsx")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
