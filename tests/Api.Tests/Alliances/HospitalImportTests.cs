using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using SpecialtyAlliance.Contracts.Imports;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Alliances;

/// <summary>
/// Importing hospitals with their departments (one row per department, the hospital's columns repeated): a preview
/// changes nothing, the import is all or nothing, and the hospital's name and the department's name are the keys.
/// </summary>
public sealed class HospitalImportTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly string[] Header = ["医院名称", "英文名称", "级别", "类型", "地区", "科室", "专科"];

    private AllianceApi Api => fixture.Api;

    [Fact]
    public async Task Import_CreatesHospitalsAndDepartments_AndASecondImportCreatesNothing()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var file = ImportFiles.Xlsx(Header,
        [
            ["宁陕县第二人民医院", "Ningshan Second People's Hospital", "县医院", "综合医院", "宁陕县", "心血管内科", "心血管内科"],
            ["宁陕县第二人民医院", null, null, null, null, "重症医学科", "critical-care"],
            ["汉滨区中医医院", "Hanbin TCM Hospital", "County", "TraditionalChinese", "汉滨区", "骨科", "Orthopedics"],
            // A hospital of the demo: it is not changed, and gets only the department it lacks.
            [Demo.Langao, null, null, null, null, "重症医学科", "重症医学科"],
            [Demo.Langao, null, null, null, null, "消化内科", "消化内科"],
        ]);
        var hospitalsBefore = await Api.Db(db => db.Hospitals.CountAsync());
        var departmentsBefore = await Api.Db(db => db.Departments.CountAsync());

        var preview = await (await admin.Upload("/api/hospitals/import/preview", file)).ShouldBe<ImportPreviewResponse>(HttpStatusCode.OK);

        preview.Format.ShouldBe("Xlsx");
        preview.Rows.Select(r => (r.Row, r.Action)).ShouldBe(
            [(2, "Create"), (3, "Create"), (4, "Create"), (5, "Skip"), (6, "Create")]);
        preview.Rows[1].Values["tier"].ShouldBe("County", "a later row of a new hospital takes the first row's values");
        preview.Rows[2].Values["kind"].ShouldBe("TraditionalChinese");
        (await Api.Db(db => db.Hospitals.CountAsync())).ShouldBe(hospitalsBefore, "a preview changes nothing");

        var imported = await (await admin.Upload("/api/hospitals/import", file)).ShouldBe<HospitalImportResponse>(HttpStatusCode.OK);

        imported.ShouldBe(new HospitalImportResponse(Created: 4, Skipped: 1, HospitalsCreated: 2, DepartmentsCreated: 4));
        (await Api.Db(db => db.Hospitals.CountAsync())).ShouldBe(hospitalsBefore + 2);
        (await Api.Db(db => db.Departments.CountAsync())).ShouldBe(departmentsBefore + 4);
        var ningshan = await Api.Db(db => db.Hospitals.SingleAsync(h => h.Name == "宁陕县第二人民医院"));
        ningshan.Tier.ShouldBe(Domain.Alliances.HospitalTier.County);
        (await Api.Db(db => db.Departments.Where(d => d.HospitalId == ningshan.Id).Select(d => d.SpecialtyCode).OrderBy(c => c).ToListAsync()))
            .ShouldBe(["cardiology", "critical-care"]);

        var again = await (await admin.Upload("/api/hospitals/import", file)).ShouldBe<HospitalImportResponse>(HttpStatusCode.OK);

        again.ShouldBe(new HospitalImportResponse(Created: 0, Skipped: 5, HospitalsCreated: 0, DepartmentsCreated: 0));
        (await Api.Db(db => db.Departments.CountAsync())).ShouldBe(departmentsBefore + 4);
    }

    [Fact]
    public async Task Import_WithBadRows_IsRefusedWhole_NamingEachRowAndColumn()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var file = ImportFiles.Csv(Header,
        [
            ["镇坪县第二医院", "Zhenping Second Hospital", "县医院", "综合医院", "镇坪县", "骨科", "骨科"],
            ["白河县第二医院", "Baihe Second Hospital", "Capital", "综合医院", "白河县", "骨科", "bones"],
            ["镇坪县第二医院", null, "乡镇卫生院", null, null, "骨科", "骨科"],
            ["旬阳市第二医院", null, null, null, null, null, null],
        ]);
        var before = await Api.Db(db => db.Hospitals.CountAsync());

        var response = await admin.Upload("/api/hospitals/import", file, "hospitals.csv", "text/csv");

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "import_rows_invalid");
        problem.Errors!.Keys.ShouldBe(["row 3", "row 4", "row 5"], ignoreOrder: true);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rows = body.RootElement.GetProperty("rows").Deserialize<List<ImportRowResponse>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        rows.Select(r => r.Row).ShouldBe([3, 4, 5]);
        rows[0].Problems.Select(p => (p.Column, p.Code)).ShouldBe([("级别", "unknown_value"), ("专科", "unknown_value")]);
        rows[1].Problems.Select(p => (p.Column, p.Code)).ShouldBe([("级别", "conflicting_values"), ("科室", "duplicate_in_file")]);
        rows[2].Problems.Select(p => p.Column).ShouldBe(["英文名称", "级别", "类型", "地区"]);
        rows[2].Problems.ShouldAllBe(p => p.Code == "required");
        (await Api.Db(db => db.Hospitals.CountAsync())).ShouldBe(before, "nothing is imported, not even the good row");
    }

    [Fact]
    public async Task Templates_ParseBack_WithTheChineseHeaders_AndAnExplanationSheet()
    {
        using var admin = await Api.ClientFor(Demo.Admin);

        var xlsx = await admin.GetAsync("/api/hospitals/import/template.xlsx");
        await xlsx.ShouldHaveStatus(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        workbook.GetSheetNames().ShouldBe(["医院与科室", "填写说明"]);
        workbook.Position = 0;
        var first = (IDictionary<string, object?>)workbook.Query(useHeaderRow: false, sheetName: "医院与科室").First();
        first.Values.ShouldBe(Header);

        var csv = await admin.GetAsync("/api/hospitals/import/template.csv");
        await csv.ShouldHaveStatus(HttpStatusCode.OK);
        var text = await csv.Content.ReadAsStringAsync();
        text.TrimStart('\uFEFF').Split("\r\n")[0].ShouldBe(string.Join(",", Header));

        // The template itself previews cleanly (its example hospital is new).
        var preview = await (await admin.Upload("/api/hospitals/import/preview", await xlsx.Content.ReadAsByteArrayAsync()))
            .ShouldBe<ImportPreviewResponse>(HttpStatusCode.OK);
        preview.Invalid.ShouldBe(0);
        preview.ToCreate.ShouldBe(2);
    }

    [Fact]
    public async Task Import_IsForAdministratorsOnly()
    {
        using var coordinator = await Api.ClientFor(Demo.CityCoordinator);
        var file = ImportFiles.Xlsx(Header, [["x", "x", "县医院", "综合医院", "x", null, null]]);

        await (await coordinator.Upload("/api/hospitals/import/preview", file)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await coordinator.Upload("/api/hospitals/import", file)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await coordinator.GetAsync("/api/hospitals/import/template.xlsx")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Api.Anonymous().Upload("/api/hospitals/import", file)).ShouldHaveStatus(HttpStatusCode.Unauthorized);
    }
}
