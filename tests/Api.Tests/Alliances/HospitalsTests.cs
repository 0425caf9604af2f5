using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Alliances;

/// <summary>The pipeline, seen from HTTP: validation, not found, forbidden, conflicts, and the audit trail of a write.</summary>
public sealed class HospitalsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    [Fact]
    public async Task Create_ReturnsTheHospital_AndAuditsWhoCreatedIt()
    {
        using var admin = await Api.ClientFor(Demo.Admin);

        var created = await (await admin.PostAsJsonAsync("/api/hospitals", new HospitalRequest("汉滨区第一医院", "Hanbin First Hospital", HospitalTier.County, HospitalKind.General, "汉滨区")))
            .ShouldBe<HospitalResponse>(HttpStatusCode.Created);

        created.Name.ShouldBe("汉滨区第一医院");
        created.Version.ShouldNotBe(0u);
        var adminId = (await admin.GetFromJsonAsync<Contracts.Auth.MeResponse>("/api/me"))!.Id;
        var audit = await Api.Db(db => db.AuditEntries.SingleAsync(a => a.EntityType == "Hospital" && a.EntityId == created.Id.ToString()));
        audit.ActorId.ShouldBe(adminId);
        audit.Action.ShouldBe("Added");
        using var changes = JsonDocument.Parse(audit.Changes);
        changes.RootElement.GetProperty("nameEn").GetString().ShouldBe("Hanbin First Hospital");
    }

    [Fact]
    public async Task Update_AuditsTheChangedValues_FromAndTo()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/hospitals", new HospitalRequest("汉滨区第二医院", "Hanbin Second Hospital", HospitalTier.County, HospitalKind.General, "汉滨区")))
            .ShouldBe<HospitalResponse>(HttpStatusCode.Created);

        var updated = await (await admin.PutAsJsonAsync($"/api/hospitals/{created.Id}", new HospitalRequest("汉滨区第二医院", "Hanbin No. 2 Hospital", HospitalTier.County, HospitalKind.General, "汉滨区", created.Version)))
            .ShouldBe<HospitalResponse>(HttpStatusCode.OK);

        updated.NameEn.ShouldBe("Hanbin No. 2 Hospital");
        updated.Version.ShouldNotBe(created.Version);
        var audit = await Api.Db(db => db.AuditEntries.SingleAsync(a => a.EntityId == created.Id.ToString() && a.Action == "Modified"));
        using var changes = JsonDocument.Parse(audit.Changes);
        changes.RootElement.GetProperty("nameEn").GetProperty("from").GetString().ShouldBe("Hanbin Second Hospital");
        changes.RootElement.GetProperty("nameEn").GetProperty("to").GetString().ShouldBe("Hanbin No. 2 Hospital");
        changes.RootElement.TryGetProperty("name", out _).ShouldBeFalse("unchanged values are not listed");

        // The version read before the update is stale now.
        await (await admin.PutAsJsonAsync($"/api/hospitals/{created.Id}", new HospitalRequest("汉滨区第二医院", "Again", HospitalTier.County, HospitalKind.General, "汉滨区", created.Version)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "concurrency");
    }

    [Fact]
    public async Task Create_WithEveryFieldWrong_Returns400_WithAnErrorPerField_AndCreatesNothing()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var before = await Api.Db(db => db.Hospitals.CountAsync());

        var problem = await (await admin.PostAsJsonAsync("/api/hospitals", new HospitalRequest("", new string('x', 101), null, null, "")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["name", "nameEn", "tier", "kind", "region"], ignoreOrder: true);
        problem.Errors["tier"].ShouldHaveSingleItem().ShouldContain("CityCenter");
        problem.TraceId.ShouldNotBeNullOrWhiteSpace();
        (await Api.Db(db => db.Hospitals.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Create_WithAMalformedBody_Returns400_NamingTheField()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        using var body = new StringContent("""{"name": "x", "nameEn": 12}""", Encoding.UTF8, "application/json");

        var problem = await (await admin.PostAsync("/api/hospitals", body)).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["nameEn"]);
    }

    [Fact]
    public async Task Create_WithADuplicateName_Returns409()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        await (await admin.PostAsJsonAsync("/api/hospitals", new HospitalRequest(Demo.Langao, "Again", HospitalTier.County, HospitalKind.General, "岚皋县")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "duplicate_name");
    }

    [Theory]
    [InlineData(Demo.CityCoordinator)]
    [InlineData(Demo.CardiologySpecialist)]
    [InlineData(Demo.ZiyangClinician)]
    public async Task NonAdministrators_CannotCreateOrChangeHospitals(string email)
    {
        using var client = await Api.ClientFor(email);
        await (await client.PostAsJsonAsync("/api/hospitals", new HospitalRequest("某医院", "Some Hospital", HospitalTier.County, HospitalKind.General, "某县")))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        var me = await client.GetFromJsonAsync<Contracts.Auth.MeResponse>("/api/me");
        await (await client.PutAsJsonAsync($"/api/hospitals/{me!.HospitalId}", new HospitalRequest("改名", "Renamed", HospitalTier.County, HospitalKind.General, "某县", 1)))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task UnknownIds_Return404()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var unknown = Guid.CreateVersion7();

        await (await admin.GetAsync($"/api/hospitals/{unknown}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await admin.GetAsync($"/api/hospitals/{unknown}/departments")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await admin.PutAsJsonAsync($"/api/hospitals/{unknown}", new HospitalRequest("x", "x", HospitalTier.County, HospitalKind.General, "x", 1)))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await admin.GetAsync($"/api/party-branches/{unknown}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Lists_ArePaged_WithATotal_AndRefuseBadPaging()
    {
        using var admin = await Api.ClientFor(Demo.Admin);

        var first = await admin.GetFromJsonAsync<PagedResponse<HospitalResponse>>("/api/hospitals?page=1&pageSize=4");
        var second = await admin.GetFromJsonAsync<PagedResponse<HospitalResponse>>("/api/hospitals?page=2&pageSize=4");

        first!.Items.Count.ShouldBe(4);
        first.Total.ShouldBeGreaterThan(8);
        second!.Items.Select(h => h.Id).ShouldNotContain(id => first.Items.Any(f => f.Id == id));
        var problem = await (await admin.GetAsync("/api/hospitals?page=0&pageSize=1000")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors!.Keys.ShouldBe(["page", "pageSize"], ignoreOrder: true);
    }

    [Fact]
    public async Task PartyBranch_CreatedByTheHospitalsCoordinator_WithItsDepartments()
    {
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        var own = await Api.HospitalId(Demo.Langao);
        var icu = await Api.DepartmentId(Demo.Langao, "critical-care");

        var branch = await (await langao.PostAsJsonAsync("/api/party-branches", new PartyBranchRequest(own, "重症医学科党支部", "某书记", 12, [icu])))
            .ShouldBe<PartyBranchResponse>(HttpStatusCode.Created);
        branch.DepartmentIds.ShouldBe([icu]);

        var cityDepartment = await Api.DepartmentId(Demo.City, "cardiology");
        var problem = await (await langao.PostAsJsonAsync("/api/party-branches", new PartyBranchRequest(own, "另一支部", "某书记", 3, [cityDepartment])))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors!.Keys.ShouldBe(["departmentIds"]);
    }
}
