using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Api.Tests.Reminders;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Rotations;

/// <summary>Planning rotations and moving them along Planned → Active → Completed / Cancelled, over real HTTP.</summary>
public sealed class RotationsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    private static DateOnly Today => WorkKit.Today;

    [Fact]
    public async Task Plan_ByCityCoordinator_IsCreatedPlanned_WithNamesResolved()
    {
        var clinician = await Api.NewCityClinicianAsync(name: "欧阳测试");
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);

        var created = await city.PlanAsync(WorkKit.Outbound(clinician, langaoIcu, Today.AddDays(30), Today.AddDays(120), Contracts.Rotations.RotationRole.TemporaryDepartmentHead));

        created.Status.ShouldBe(Contracts.Rotations.RotationStatus.Planned);
        created.ClinicianName.ShouldBe("欧阳测试");
        created.HostHospitalName.ShouldBe(Demo.Langao);
        created.HostDepartmentName.ShouldBe("重症医学科");
        created.HomeHospitalName.ShouldBe(Demo.City);
        created.HomeDepartmentName.ShouldBe("重症医学科");
        created.Role.ShouldBe(Contracts.Rotations.RotationRole.TemporaryDepartmentHead);
        created.RoleNameZh.ShouldBe("临时科室负责人");
        created.Version.ShouldNotBe(0u);
        (await city.GetFromJsonAsync<RotationResponse>($"/api/rotations/{created.Id}"))!.Id.ShouldBe(created.Id);
    }

    [Fact]
    public async Task Lifecycle_StartThenComplete_AndEveryInvalidMoveIs409InvalidTransition()
    {
        var clinician = await Api.NewCityClinicianAsync();
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var rotation = await city.PlanAsync(WorkKit.Outbound(clinician, langaoIcu, Today, Today.AddDays(60)));

        await (await city.MoveAsync($"/api/rotations/{rotation.Id}/complete", rotation.Version)).ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");
        var active = await (await city.MoveAsync($"/api/rotations/{rotation.Id}/start", rotation.Version)).ShouldBe<RotationResponse>(HttpStatusCode.OK);
        active.Status.ShouldBe(Contracts.Rotations.RotationStatus.Active);
        await (await city.MoveAsync($"/api/rotations/{rotation.Id}/start", active.Version)).ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");
        var completed = await (await city.MoveAsync($"/api/rotations/{rotation.Id}/complete", active.Version)).ShouldBe<RotationResponse>(HttpStatusCode.OK);
        completed.Status.ShouldBe(Contracts.Rotations.RotationStatus.Completed);
        await (await city.MoveAsync($"/api/rotations/{rotation.Id}/cancel", completed.Version, new CancelRotationRequest("太晚了")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");
        await (await city.MoveAsync($"/api/rotations/{rotation.Id}/reschedule", completed.Version, new RescheduleRotationRequest(Today, Today.AddDays(90))))
            .ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");
    }

    [Fact]
    public async Task Move_WithAStaleVersion_Is409Concurrency_AndChangesNothing()
    {
        var clinician = await Api.NewCityClinicianAsync();
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var rotation = await city.PlanAsync(WorkKit.Outbound(clinician, langaoIcu, Today, Today.AddDays(60)));
        await (await city.MoveAsync($"/api/rotations/{rotation.Id}/start", rotation.Version)).ShouldHaveStatus(HttpStatusCode.OK);

        await (await city.MoveAsync($"/api/rotations/{rotation.Id}/cancel", rotation.Version, new CancelRotationRequest("旧版本")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "concurrency");

        (await city.GetFromJsonAsync<RotationResponse>($"/api/rotations/{rotation.Id}"))!.Status.ShouldBe(Contracts.Rotations.RotationStatus.Active);
    }

    [Fact]
    public async Task OverlappingPlan_ForTheSameClinician_Is409RotationOverlap_ButACancelledRotationNoLongerBlocks()
    {
        var clinician = await Api.NewCityClinicianAsync();
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var first = await city.PlanAsync(WorkKit.Outbound(clinician, langaoIcu, Today.AddDays(10), Today.AddDays(40)));

        // The last day of one and the first of the other is the same day: that overlaps.
        await (await city.PostAsJsonAsync("/api/rotations", WorkKit.Outbound(clinician, langaoIcu, Today.AddDays(40), Today.AddDays(80))))
            .ShouldBeProblem(HttpStatusCode.Conflict, "rotation_overlap");
        await city.PlanAsync(WorkKit.Outbound(clinician, langaoIcu, Today.AddDays(41), Today.AddDays(80)));

        await (await city.MoveAsync($"/api/rotations/{first.Id}/cancel", first.Version, new CancelRotationRequest("人员调整"))).ShouldHaveStatus(HttpStatusCode.OK);
        await city.PlanAsync(WorkKit.Outbound(clinician, langaoIcu, Today.AddDays(5), Today.AddDays(35)));
        (await Api.Db(db => db.Rotations.CountAsync(r => r.ClinicianId == clinician && r.Status != Domain.Rotations.RotationStatus.Cancelled))).ShouldBe(2);
    }

    [Fact]
    public async Task Reschedule_MovesThePeriod_ButAnActiveRotationKeepsItsStart_AndCannotMoveOntoAnother()
    {
        var clinician = await Api.NewCityClinicianAsync();
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var later = await city.PlanAsync(WorkKit.Outbound(clinician, langaoIcu, Today.AddDays(100), Today.AddDays(130)));
        var rotation = await city.PlanAsync(WorkKit.Outbound(clinician, langaoIcu, Today, Today.AddDays(60)));
        var active = await (await city.MoveAsync($"/api/rotations/{rotation.Id}/start", rotation.Version)).ShouldBe<RotationResponse>(HttpStatusCode.OK);

        var problem = await (await city.MoveAsync($"/api/rotations/{rotation.Id}/reschedule", active.Version, new RescheduleRotationRequest(Today.AddDays(1), Today.AddDays(60))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors!.Keys.ShouldContain("startsOn");
        await (await city.MoveAsync($"/api/rotations/{rotation.Id}/reschedule", active.Version, new RescheduleRotationRequest(Today, Today.AddDays(100))))
            .ShouldBeProblem(HttpStatusCode.Conflict, "rotation_overlap");
        var moved = await (await city.MoveAsync($"/api/rotations/{rotation.Id}/reschedule", active.Version, new RescheduleRotationRequest(Today, Today.AddDays(90))))
            .ShouldBe<RotationResponse>(HttpStatusCode.OK);

        moved.EndsOn.ShouldBe(Today.AddDays(90));
        (await city.GetFromJsonAsync<RotationResponse>($"/api/rotations/{later.Id}"))!.StartsOn.ShouldBe(Today.AddDays(100));
    }

    [Fact]
    public async Task CountyCoordinator_PlansInboundStudyForTheirOwnClinician_ButNotOutboundRotations()
    {
        var langaoClinician = await Api.StaffIdAsync(Demo.LangaoClinician);
        var cityIcu = await Api.DepartmentId(Demo.City, "critical-care");
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        var cityClinician = await Api.NewCityClinicianAsync();
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);

        var study = await langao.PlanAsync(new RotationRequest(langaoClinician, null, cityIcu, Contracts.Rotations.RotationRole.InboundAdvancedStudy, Today.AddDays(400), Today.AddDays(580), "进修重症医学", null));

        study.HomeHospitalName.ShouldBe(Demo.Langao);
        study.HostHospitalName.ShouldBe(Demo.City);
        var started = await (await langao.MoveAsync($"/api/rotations/{study.Id}/start", study.Version)).ShouldBe<RotationResponse>(HttpStatusCode.OK);
        started.Status.ShouldBe(Contracts.Rotations.RotationStatus.Active);
        await (await langao.PostAsJsonAsync("/api/rotations", WorkKit.Outbound(cityClinician, langaoIcu, Today, Today.AddDays(30))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task RoleThatDoesNotFitTheParties_IsAFieldError()
    {
        var cityClinician = await Api.NewCityClinicianAsync();
        var cityIcu = await Api.DepartmentId(Demo.City, "neurology");
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);

        var inboundToCounty = await (await city.PostAsJsonAsync("/api/rotations", WorkKit.Outbound(cityClinician, langaoIcu, Today, Today.AddDays(30), Contracts.Rotations.RotationRole.InboundAdvancedStudy)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        inboundToCounty.Errors!.Keys.ShouldBe(["role"]);
        var cityToCity = await (await city.PostAsJsonAsync("/api/rotations", WorkKit.Outbound(cityClinician, cityIcu, Today, Today.AddDays(30))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        cityToCity.Errors!.Keys.ShouldBe(["role"]);
    }

    [Theory]
    [InlineData(Demo.IcuSpecialist)]
    [InlineData(Demo.LangaoClinician)]
    public async Task PeopleWhoAreNotCoordinators_CannotPlanOrMoveRotations(string email)
    {
        var clinician = await Api.NewCityClinicianAsync();
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var rotation = await city.PlanAsync(WorkKit.Outbound(clinician, langaoIcu, Today.AddDays(200), Today.AddDays(230)));
        using var other = await Api.ClientFor(email);

        await (await other.PostAsJsonAsync("/api/rotations", WorkKit.Outbound(clinician, langaoIcu, Today.AddDays(300), Today.AddDays(330))))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await other.MoveAsync($"/api/rotations/{rotation.Id}/start", rotation.Version)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        (await city.GetFromJsonAsync<RotationResponse>($"/api/rotations/{rotation.Id}"))!.Status.ShouldBe(Contracts.Rotations.RotationStatus.Planned);
    }

    [Fact]
    public async Task Cancel_NeedsItsReasonInTheBody()
    {
        var clinician = await Api.NewCityClinicianAsync();
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var rotation = await city.PlanAsync(WorkKit.Outbound(clinician, langaoIcu, Today.AddDays(1), Today.AddDays(20)));

        var empty = await (await city.MoveAsync($"/api/rotations/{rotation.Id}/cancel", rotation.Version, new CancelRotationRequest(" ")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        empty.Errors!.Keys.ShouldBe(["reason"]);
        var missing = await (await city.MoveAsync($"/api/rotations/{rotation.Id}/cancel", rotation.Version)).ShouldBeProblem(HttpStatusCode.BadRequest);
        missing.Errors!.Keys.ShouldContain("body");
        var cancelled = await (await city.MoveAsync($"/api/rotations/{rotation.Id}/cancel", rotation.Version, new CancelRotationRequest("县医院推迟开科")))
            .ShouldBe<RotationResponse>(HttpStatusCode.OK);
        cancelled.Status.ShouldBe(Contracts.Rotations.RotationStatus.Cancelled);
        cancelled.CancelReason.ShouldBe("县医院推迟开科");
    }

    [Fact]
    public async Task List_FiltersByHospitalStatusAndPeriod()
    {
        var county = await Api.NewCountyAsync("列表测试县医院");
        var clinician = await Api.NewCityClinicianAsync();
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var early = await city.PlanAsync(WorkKit.Outbound(clinician, county.DepartmentId, Today, Today.AddDays(20)));
        var late = await city.PlanAsync(WorkKit.Outbound(clinician, county.DepartmentId, Today.AddDays(100), Today.AddDays(120)));
        await (await city.MoveAsync($"/api/rotations/{early.Id}/start", early.Version)).ShouldHaveStatus(HttpStatusCode.OK);

        var all = await city.GetFromJsonAsync<PagedResponse<RotationResponse>>($"/api/rotations?hospitalId={county.HospitalId}");
        var active = await city.GetFromJsonAsync<PagedResponse<RotationResponse>>($"/api/rotations?hospitalId={county.HospitalId}&status=Active");
        var inPeriod = await city.GetFromJsonAsync<PagedResponse<RotationResponse>>($"/api/rotations?hospitalId={county.HospitalId}&from={Today.AddDays(90):yyyy-MM-dd}&to={Today.AddDays(200):yyyy-MM-dd}");

        all!.Items.Select(r => r.Id).ShouldBe([late.Id, early.Id]);
        all.Total.ShouldBe(2);
        active!.Items.Select(r => r.Id).ShouldBe([early.Id]);
        inPeriod!.Items.Select(r => r.Id).ShouldBe([late.Id]);
        await (await city.GetAsync("/api/rotations?status=Sleeping")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
    }
}
