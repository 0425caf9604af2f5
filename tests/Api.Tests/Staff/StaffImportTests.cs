using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Contracts.Imports;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Staff;

/// <summary>
/// The staff import, all or nothing: a file with bad rows imports nobody and names the rows; fixed, it creates every
/// person with an account and an invitation; imported again, it creates nobody (the e-mail is the key).
/// </summary>
public sealed class StaffImportTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly string[] Header = StaffImportPreviewTests.Header;

    private AllianceApi Api => fixture.Api;

    [Fact]
    public async Task A300RowWorkbook_With3BadRows_IsRefusedWhole_Fixed_Imports300_AndAgain_CreatesNobody()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var good = Enumerable.Range(1, 300).Select(i => StaffImportPreviewTests.CityPerson(i, "workbook.test")).ToList();
        var bad = good.ToList();
        bad[9] = [.. bad[9].Take(2), "not-an-email", .. bad[9].Skip(3)];
        bad[149] = [.. bad[149].Take(6), "院长", .. bad[149].Skip(7)];
        bad[299] = [.. bad[299].Take(4), "没有这家医院", .. bad[299].Skip(5)];
        var staffBefore = await Api.Db(db => db.Staff.CountAsync());

        var response = await admin.Upload("/api/staff/import", ImportFiles.Xlsx(Header, bad));

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "import_rows_invalid");
        problem.Errors!.Keys.ShouldBe(["row 11", "row 151", "row 301"], ignoreOrder: true);
        problem.Detail!.ShouldContain("nothing was imported");
        var rows = Rows(await response.Content.ReadAsStringAsync());
        rows.Select(r => (r.Row, r.Problems.Single().Column)).ShouldBe([(11, "邮箱"), (151, "角色"), (301, "医院")]);
        (await Api.Db(db => db.Staff.CountAsync())).ShouldBe(staffBefore, "nothing is imported, not even the 297 good rows");

        var imported = await (await admin.Upload("/api/staff/import", ImportFiles.Xlsx(Header, good))).ShouldBe<StaffImportResponse>(HttpStatusCode.OK);

        imported.Created.ShouldBe(300);
        imported.Skipped.ShouldBe(0);
        imported.People.Select(p => p.Row).ShouldBe(Enumerable.Range(2, 300));
        imported.People.ShouldAllBe(p => p.InvitationLink.Length > 0);
        (await Api.Db(db => db.Staff.CountAsync(s => s.Email.EndsWith("@workbook.test")))).ShouldBe(300);
        var specialist = await Api.Db(db => db.Staff.SingleAsync(s => s.Email == "person001@workbook.test"));
        specialist.Role.ShouldBe(Domain.Staff.StaffRole.Specialist);
        specialist.Specialties.ShouldBe(["critical-care"]);
        (await Api.Db(db => db.Staff.SingleAsync(s => s.Email == "person005@workbook.test"))).IsPartyMember.ShouldBeTrue();

        var again = await (await admin.Upload("/api/staff/import", ImportFiles.Xlsx(Header, good))).ShouldBe<StaffImportResponse>(HttpStatusCode.OK);

        again.Created.ShouldBe(0);
        again.Skipped.ShouldBe(300);
        (await Api.Db(db => db.Staff.CountAsync(s => s.Email.EndsWith("@workbook.test")))).ShouldBe(300);
    }

    [Fact]
    public async Task ACsvFile_ImportsTheSame_AndAnImportedPersonCanAcceptTheirInvitation()
    {
        using var coordinator = await Api.ClientFor(Demo.LangaoCoordinator);
        var file = ImportFiles.Csv(Header,
        [
            ["岚皋医生甲", "住院医师", "jia@langao-csv.test", "13900000001", Demo.Langao, "重症医学科", "医生", "是", null, "否"],
            ["岚皋医生乙", null, "yi@langao-csv.test", null, Demo.Langao, "心血管内科", "Clinician", "否", null, "否"],
        ]);

        var imported = await (await coordinator.Upload("/api/staff/import", file, "staff.csv", "text/csv")).ShouldBe<StaffImportResponse>(HttpStatusCode.OK);

        imported.Created.ShouldBe(2);
        var langao = await Api.HospitalId(Demo.Langao);
        (await Api.Db(db => db.Staff.CountAsync(s => s.Email.EndsWith("@langao-csv.test") && s.HospitalId == langao))).ShouldBe(2);
        var again = await (await coordinator.Upload("/api/staff/import", file, "staff.csv", "text/csv")).ShouldBe<StaffImportResponse>(HttpStatusCode.OK);
        (again.Created, again.Skipped).ShouldBe((0, 2));
    }

    [Fact]
    public async Task ACoordinator_ImportingIntoAnotherHospital_OrAnAdministrator_IsRefused_AndNobodyIsCreated()
    {
        using var coordinator = await Api.ClientFor(Demo.LangaoCoordinator);
        var file = ImportFiles.Xlsx(Header,
        [
            ["岚皋新人", null, "new@langao-scope.test", null, Demo.Langao, "重症医学科", "医生", "否", null, "否"],
            ["市院新人", null, "city@langao-scope.test", null, Demo.City, "心血管内科", "专家", "否", null, "否"],
            ["岚皋管理员", null, "admin@langao-scope.test", null, Demo.Langao, null, "管理员", "否", null, "否"],
        ]);

        var response = await coordinator.Upload("/api/staff/import", file);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "import_rows_invalid");
        problem.Errors!.Keys.ShouldBe(["row 3", "row 4"], ignoreOrder: true);
        Rows(await response.Content.ReadAsStringAsync()).Select(r => r.Problems.Single().Column).ShouldBe(["医院", "角色"]);
        (await Api.Db(db => db.Staff.AnyAsync(s => s.Email.EndsWith("@langao-scope.test")))).ShouldBeFalse();
    }

    private static List<ImportRowResponse> Rows(string problem)
    {
        using var body = JsonDocument.Parse(problem);
        return body.RootElement.GetProperty("rows").Deserialize<List<ImportRowResponse>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
