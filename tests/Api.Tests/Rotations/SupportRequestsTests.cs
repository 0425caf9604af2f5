using System.Net;
using System.Net.Http.Json;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Rotations;

/// <summary>A county hospital asks for support; rotations answer it; coverage shows what is still unanswered.</summary>
public sealed class SupportRequestsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    private static DateOnly Today => WorkKit.Today;

    private async Task<SupportRequestResponse> AskAsync(HttpClient client, Guid hospital, Guid? department = null, int months = 6) =>
        await (await client.PostAsJsonAsync("/api/support-requests", new SupportRequestRequest(hospital, department, "critical-care", "重症护理带教", months)))
            .ShouldBe<SupportRequestResponse>(HttpStatusCode.Created);

    [Fact]
    public async Task CountyCoordinator_AsksForSupport_AndCanWithdrawItOnce()
    {
        var langao = await Api.HospitalId(Demo.Langao);
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var coordinator = await Api.ClientFor(Demo.LangaoCoordinator);

        var asked = await AskAsync(coordinator, langao, langaoIcu);

        asked.Status.ShouldBe(SupportRequestStatus.Open);
        asked.CountyHospitalName.ShouldBe(Demo.Langao);
        asked.CountyDepartmentName.ShouldBe("重症医学科");
        asked.SpecialtyNameZh.ShouldBe("重症医学科");
        asked.RequestedByName.ShouldBe("吴海燕");
        asked.RotationIds.ShouldBeEmpty();
        var withdrawn = await (await coordinator.MoveAsync($"/api/support-requests/{asked.Id}/withdraw", asked.Version)).ShouldBe<SupportRequestResponse>(HttpStatusCode.OK);
        withdrawn.Status.ShouldBe(SupportRequestStatus.Withdrawn);
        await (await coordinator.MoveAsync($"/api/support-requests/{asked.Id}/withdraw", withdrawn.Version)).ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");
    }

    [Fact]
    public async Task TheCitySide_CannotAskOnACountysBehalf()
    {
        var langao = await Api.HospitalId(Demo.Langao);
        using var city = await Api.ClientFor(Demo.CityCoordinator);

        await (await city.PostAsJsonAsync("/api/support-requests", new SupportRequestRequest(langao, null, "critical-care", "代为申请", 3)))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        using var clinician = await Api.ClientFor(Demo.LangaoClinician);
        await (await clinician.PostAsJsonAsync("/api/support-requests", new SupportRequestRequest(langao, null, "critical-care", "医生申请", 3)))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task InvalidRequest_IsA400_WithAnErrorPerField_AndNothingIsCreated()
    {
        var langao = await Api.HospitalId(Demo.Langao);
        using var coordinator = await Api.ClientFor(Demo.LangaoCoordinator);
        var before = (await coordinator.GetFromJsonAsync<PagedResponse<SupportRequestResponse>>("/api/support-requests"))!.Total;

        var problem = await (await coordinator.PostAsJsonAsync("/api/support-requests", new SupportRequestRequest(Guid.Empty, null, "astrology", "", 25)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["countyHospitalId", "specialty", "need", "monthsWanted"], ignoreOrder: true);
        await (await coordinator.PostAsJsonAsync("/api/support-requests", new SupportRequestRequest(langao, null, "critical-care", "x", 0)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        var otherDepartment = await Api.DepartmentId(Demo.Ziyang, "neurology");
        (await (await coordinator.PostAsJsonAsync("/api/support-requests", new SupportRequestRequest(langao, otherDepartment, "critical-care", "x", 3)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["countyDepartmentId"]);
        (await coordinator.GetFromJsonAsync<PagedResponse<SupportRequestResponse>>("/api/support-requests"))!.Total.ShouldBe(before);
    }

    [Fact]
    public async Task APlannedRotation_AnswersTheRequest_AndCancellingItOpensTheRequestAgain()
    {
        var county = await Api.NewCountyAsync("应答测试县医院");
        var coordinator = await Api.CreateStaffAsync("县协调员", Domain.Staff.StaffRole.Coordinator, county.HospitalId, null);
        using var countyClient = await Api.ClientFor(coordinator.Email);
        var request = await AskAsync(countyClient, county.HospitalId, county.DepartmentId);
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var clinician = await Api.NewCityClinicianAsync();

        var rotation = await city.PlanAsync(WorkKit.Outbound(clinician, county.DepartmentId, Today, Today.AddDays(90), supportRequest: request.Id));

        var answered = await city.GetFromJsonAsync<SupportRequestResponse>($"/api/support-requests/{request.Id}");
        answered!.Status.ShouldBe(SupportRequestStatus.Answered);
        answered.RotationIds.ShouldBe([rotation.Id]);
        (await city.GetFromJsonAsync<CoverageResponse>("/api/rotations/coverage"))!.UnansweredRequests.ShouldNotContain(r => r.Id == request.Id);
        await (await countyClient.MoveAsync($"/api/support-requests/{request.Id}/withdraw", answered.Version)).ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");

        await (await city.MoveAsync($"/api/rotations/{rotation.Id}/cancel", rotation.Version, new CancelRotationRequest("专家另有安排"))).ShouldHaveStatus(HttpStatusCode.OK);

        (await city.GetFromJsonAsync<SupportRequestResponse>($"/api/support-requests/{request.Id}"))!.Status.ShouldBe(SupportRequestStatus.Open);
        (await city.GetFromJsonAsync<CoverageResponse>("/api/rotations/coverage"))!.UnansweredRequests.ShouldContain(r => r.Id == request.Id);
    }

    [Fact]
    public async Task ARotation_CannotAnswerAnotherCountysRequest_OrAWithdrawnOne()
    {
        var county = await Api.NewCountyAsync("另一测试县医院");
        var langao = await Api.HospitalId(Demo.Langao);
        using var langaoClient = await Api.ClientFor(Demo.LangaoCoordinator);
        var langaoRequest = await AskAsync(langaoClient, langao);
        var withdrawnRequest = await AskAsync(langaoClient, langao);
        await (await langaoClient.MoveAsync($"/api/support-requests/{withdrawnRequest.Id}/withdraw", withdrawnRequest.Version)).ShouldHaveStatus(HttpStatusCode.OK);
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var clinician = await Api.NewCityClinicianAsync();

        (await (await city.PostAsJsonAsync("/api/rotations", WorkKit.Outbound(clinician, county.DepartmentId, Today, Today.AddDays(30), supportRequest: langaoRequest.Id)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["supportRequestId"]);
        await (await city.PostAsJsonAsync("/api/rotations", WorkKit.Outbound(clinician, langaoIcu, Today, Today.AddDays(30), supportRequest: withdrawnRequest.Id)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");
    }

    [Fact]
    public async Task Coverage_ShowsWhoIsStationedToday_NotWhoIsPlannedOrStudying()
    {
        var county = await Api.NewCountyAsync("覆盖测试县医院");
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var stationed = await Api.NewCityClinicianAsync(name: "常驻测试");
        var planned = await Api.NewCityClinicianAsync(name: "计划测试");
        var now = await city.PlanAsync(WorkKit.Outbound(stationed, county.DepartmentId, Today.AddDays(-5), Today.AddDays(60)));
        await (await city.MoveAsync($"/api/rotations/{now.Id}/start", now.Version)).ShouldHaveStatus(HttpStatusCode.OK);
        await city.PlanAsync(WorkKit.Outbound(planned, county.DepartmentId, Today, Today.AddDays(60)));

        var coverage = await city.GetFromJsonAsync<CoverageResponse>("/api/rotations/coverage");

        coverage!.AsOf.ShouldBe(Today);
        var department = coverage.Stationed.Where(d => d.DepartmentId == county.DepartmentId).ShouldHaveSingleItem();
        department.HospitalName.ShouldBe(county.Name);
        department.Clinicians.Select(c => c.ClinicianName).ShouldBe(["常驻测试"]);
        coverage.Stationed.ShouldContain(d => d.HospitalName == Demo.Langao && d.Clinicians.Any(c => c.Role == RotationRole.TemporaryDepartmentHead), "the demo's temporary ICU head");
        coverage.Stationed.SelectMany(d => d.Clinicians).ShouldNotContain(c => c.Role == RotationRole.InboundAdvancedStudy);
    }
}
