using System.Net;
using System.Net.Http.Json;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Staff;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Staff;

/// <summary>A hospital's staff by name, for the web client's pickers: scoped like the hospital itself, filtered, paged.</summary>
public sealed class StaffListTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    [Fact]
    public async Task CityCoordinator_ListsADepartmentsStaff_ByName_WithTitleAndDepartment()
    {
        using var coordinator = await Api.ClientFor(Demo.CityCoordinator);
        var city = await Api.HospitalId(Demo.City);
        var criticalCare = await Api.DepartmentId(Demo.City, "critical-care");

        var staff = await coordinator.GetFromJsonAsync<PagedResponse<StaffResponse>>($"/api/hospitals/{city}/staff?departmentId={criticalCare}&pageSize=200");

        staff!.Items.ShouldNotBeEmpty();
        staff.Items.ShouldAllBe(s => s.DepartmentId == criticalCare && s.HospitalId == city && s.DepartmentName == "重症医学科");
        staff.Items.ShouldContain(s => s.FullName == "程立峰" && s.Title == "高年资主治医师" && s.Role == StaffRole.Specialist);
        staff.Items.Select(s => s.FullName).ShouldBe(staff.Items.Select(s => s.FullName).Order(StringComparer.Ordinal));
        staff.Total.ShouldBe(staff.Items.Count);
    }

    [Fact]
    public async Task TheRoleFilter_AndPaging_Narrow_TheList()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var city = await Api.HospitalId(Demo.City);

        var specialists = await admin.GetFromJsonAsync<PagedResponse<StaffResponse>>($"/api/hospitals/{city}/staff?role=Specialist&pageSize=200");
        var firstTwo = await admin.GetFromJsonAsync<PagedResponse<StaffResponse>>($"/api/hospitals/{city}/staff?role=Specialist&pageSize=2");

        specialists!.Items.ShouldAllBe(s => s.Role == StaffRole.Specialist);
        specialists.Items.Count.ShouldBeGreaterThan(2);
        firstTwo!.Items.Select(s => s.Id).ShouldBe(specialists.Items.Take(2).Select(s => s.Id));
        firstTwo.Total.ShouldBe(specialists.Total);
    }

    [Fact]
    public async Task CountyCoordinator_SeesTheirOwnAndTheCityHospitalsStaff_ButAnotherCountysIsNotFound()
    {
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);

        var own = await langao.GetFromJsonAsync<PagedResponse<StaffResponse>>($"/api/hospitals/{await Api.HospitalId(Demo.Langao)}/staff");
        var city = await langao.GetFromJsonAsync<PagedResponse<StaffResponse>>($"/api/hospitals/{await Api.HospitalId(Demo.City)}/staff");

        own!.Items.ShouldContain(s => s.Role == StaffRole.Clinician);
        city!.Items.ShouldNotBeEmpty();
        await (await langao.GetAsync($"/api/hospitals/{await Api.HospitalId(Demo.Ziyang)}/staff")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task AnUnknownRole_OrAnOversizedPage_Is400_WithTheField()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var city = await Api.HospitalId(Demo.City);

        var problem = await (await admin.GetAsync($"/api/hospitals/{city}/staff?role=Surgeon&pageSize=500")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["role", "pageSize"], ignoreOrder: true);
    }
}
