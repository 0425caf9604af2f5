using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Contracts.Activities;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Operations;

/// <summary>
/// Every create honours <c>Idempotency-Key</c> (DESIGN.md, ADR 0011): a retry answers 201 with the first record, its
/// Location and <c>Idempotent-Replayed: true</c>, and creates nothing; the same key with another body is a 409 and
/// creates nothing; a malformed key is a 400 naming the header. Consultations and referrals have their own tests
/// (with the concurrent duplicates).
/// </summary>
public sealed class IdempotentCreateTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    private static DateOnly Today => WorkKit.Today;

    [Fact]
    public async Task Hospitals()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        await AssertIdempotentAsync(
            admin,
            "/api/hospitals",
            new HospitalRequest("幂等县医院", "Idempotent County Hospital", HospitalTier.County, HospitalKind.General, "测试县"),
            new HospitalRequest("另一幂等县医院", "Another Idempotent County Hospital", HospitalTier.County, HospitalKind.General, "测试县"),
            db => db.Hospitals.CountAsync());
    }

    [Fact]
    public async Task Departments()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var county = await Api.NewCountyAsync("幂等科室县医院");
        await AssertIdempotentAsync(
            admin,
            $"/api/hospitals/{county.HospitalId}/departments",
            new DepartmentRequest("心血管内科", "cardiology"),
            new DepartmentRequest("神经内科", "neurology"),
            db => db.Departments.CountAsync());
    }

    [Fact]
    public async Task PartyBranches()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var county = await Api.NewCountyAsync("幂等支部县医院");
        await AssertIdempotentAsync(
            admin,
            "/api/party-branches",
            new PartyBranchRequest(county.HospitalId, "重症医学科党支部", "某书记", 12, [county.DepartmentId]),
            new PartyBranchRequest(county.HospitalId, "第二党支部", "某书记", 13, [county.DepartmentId]),
            db => db.PartyBranches.CountAsync());
    }

    [Fact]
    public async Task Pairings()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var county = await Api.NewCountyAsync("幂等结对县医院");
        var cardiology = await Api.DepartmentId(Demo.City, "cardiology");
        var stroke = await Api.DepartmentId(Demo.City, "stroke");
        await AssertIdempotentAsync(
            admin,
            "/api/pairings",
            new PairingRequest(cardiology, null, county.HospitalId, null, ["cardiology"], Today, "幂等结对"),
            new PairingRequest(stroke, null, county.HospitalId, null, ["stroke"], Today, "幂等结对"),
            db => db.Pairings.CountAsync());
    }

    [Fact]
    public async Task SupportRequests()
    {
        var county = await Api.NewCountyAsync("幂等需求县医院");
        var coordinator = await Api.CreateStaffAsync("县协调员", Domain.Staff.StaffRole.Coordinator, county.HospitalId, null);
        using var client = await Api.ClientFor(coordinator.Email);
        await AssertIdempotentAsync(
            client,
            "/api/support-requests",
            new SupportRequestRequest(county.HospitalId, county.DepartmentId, "critical-care", "需要重症专家驻点三个月", 3),
            new SupportRequestRequest(county.HospitalId, county.DepartmentId, "critical-care", "需要重症专家驻点三个月", 6),
            db => db.SupportRequests.CountAsync());
    }

    [Fact]
    public async Task Rotations()
    {
        var county = await Api.NewCountyAsync("幂等帮扶县医院");
        var clinician = await Api.NewCityClinicianAsync();
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        await AssertIdempotentAsync(
            city,
            "/api/rotations",
            WorkKit.Outbound(clinician, county.DepartmentId, Today.AddDays(10), Today.AddDays(40)),
            WorkKit.Outbound(clinician, county.DepartmentId, Today.AddDays(50), Today.AddDays(80)),
            db => db.Rotations.CountAsync());
    }

    [Fact]
    public async Task TechnologyGaps()
    {
        var county = await Api.NewCountyAsync("幂等技术县医院");
        using var admin = await Api.ClientFor(Demo.Admin);
        await AssertIdempotentAsync(
            admin,
            "/api/technology-gaps",
            new TechnologyGapRequest(county.HospitalId, "critical-care", "床旁超声引导下深静脉置管", null, GapScope.County, GapPriority.High, Today.AddDays(-3), null),
            new TechnologyGapRequest(county.HospitalId, "critical-care", "俯卧位通气", null, GapScope.County, GapPriority.High, Today.AddDays(-3), null),
            db => db.TechnologyGaps.CountAsync());
    }

    [Fact]
    public async Task Activities()
    {
        var county = await Api.NewCountyAsync("幂等活动县医院");
        using var admin = await Api.ClientFor(Demo.Admin);
        ActivityRequest Activity(int participants) =>
            new(ActivityKind.FreeClinic, "结对义诊", Today.AddDays(-2), "县医院门诊", false, [county.CityHospitalId, county.HospitalId], null, participants, 80, "义诊与健康宣教");
        await AssertIdempotentAsync(admin, "/api/activities", Activity(12), Activity(15), db => db.Activities.CountAsync());
    }

    [Fact]
    public async Task AKey_IsTheUsers_AndTheOperations()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var key = Guid.NewGuid().ToString();
        var hospital = await (await admin.SendAsync(Post("/api/hospitals", new HospitalRequest("钥匙县医院", "Key County Hospital", HospitalTier.County, HospitalKind.General, "测试县"), key)))
            .ShouldBe<HospitalResponse>(HttpStatusCode.Created);

        // The same key on another kind of create is another request: refused, not answered with the hospital.
        await (await admin.SendAsync(Post($"/api/hospitals/{hospital.Id}/departments", new DepartmentRequest("心血管内科", "cardiology"), key)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "idempotency_key_reused");

        // Another user's key is theirs: the city coordinator's first use of it creates.
        using var coordinator = await Api.ClientFor(Demo.CityCoordinator);
        var city = await Api.HospitalId(Demo.City);
        var created = await coordinator.SendAsync(Post("/api/party-branches", new PartyBranchRequest(city, "钥匙党支部", "某书记", 5, null), key));
        await created.ShouldHaveStatus(HttpStatusCode.Created);
        created.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
    }

    [Fact]
    public async Task AFailedCreate_RemembersNothing_SoItsRetryRunsAgain()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var key = Guid.NewGuid().ToString();
        var county = await Api.NewCountyAsync("重试县医院");
        var stranger = await Api.DepartmentId(Demo.Langao, "critical-care");

        // A branch may only group its own hospital's departments: refused, and the key stays unused.
        await (await admin.SendAsync(Post("/api/party-branches", new PartyBranchRequest(county.HospitalId, "重试党支部", "某书记", 5, [stranger]), key)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        (await Api.Db(db => db.IdempotencyRecords.CountAsync(r => r.Key == key))).ShouldBe(0);

        await (await admin.SendAsync(Post("/api/party-branches", new PartyBranchRequest(county.HospitalId, "重试党支部", "某书记", 5, [county.DepartmentId]), key)))
            .ShouldHaveStatus(HttpStatusCode.Created);
        (await Api.Db(db => db.IdempotencyRecords.CountAsync(r => r.Key == key))).ShouldBe(1);
    }

    /// <summary>The whole rule against one create endpoint.</summary>
    private async Task AssertIdempotentAsync(HttpClient client, string path, object body, object otherBody, Func<AllianceDbContext, Task<int>> count)
    {
        var before = await Api.Db(count);

        // A malformed key is refused before anything runs.
        var malformed = await (await client.SendAsync(Post(path, body, "not a key"))).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        malformed.Errors!.Keys.ShouldBe(["Idempotency-Key"]);
        (await Api.Db(count)).ShouldBe(before);

        var key = Guid.NewGuid().ToString();
        var first = await client.SendAsync(Post(path, body, key));
        await first.ShouldHaveStatus(HttpStatusCode.Created);
        var firstId = await IdOf(first);
        first.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await Api.Db(count)).ShouldBe(before + 1);

        var retry = await client.SendAsync(Post(path, body, key));
        await retry.ShouldHaveStatus(HttpStatusCode.Created);
        (await IdOf(retry)).ShouldBe(firstId);
        retry.Headers.Location.ShouldBe(first.Headers.Location);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await Api.Db(count)).ShouldBe(before + 1);

        await (await client.SendAsync(Post(path, otherBody, key))).ShouldBeProblem(HttpStatusCode.Conflict, "idempotency_key_reused");
        (await Api.Db(count)).ShouldBe(before + 1);

        // Without a key, the other body is simply a new record: the 409 above was the key's doing.
        await (await client.PostAsJsonAsync(path, otherBody)).ShouldHaveStatus(HttpStatusCode.Created);
        (await Api.Db(count)).ShouldBe(before + 2);
    }

    private static HttpRequestMessage Post(string path, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, body.GetType()) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return request;
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetGuid();
    }
}
