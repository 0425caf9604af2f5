using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Alliances;

/// <summary>Outside your scope is "not found"; inside it but not yours to change is "forbidden".</summary>
public sealed class ScopeTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    [Fact]
    public async Task CountyCoordinator_CannotSeeAnotherCountysHospital_DepartmentsOrBranches()
    {
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        var ziyang = await Api.HospitalId(Demo.Ziyang);
        var ziyangDepartment = await Api.DepartmentId(Demo.Ziyang, "neurology");

        await (await langao.GetAsync($"/api/hospitals/{ziyang}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await langao.GetAsync($"/api/hospitals/{ziyang}/departments")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await langao.GetAsync($"/api/departments/{ziyangDepartment}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        var branches = await langao.GetFromJsonAsync<PagedResponse<PartyBranchResponse>>($"/api/party-branches?hospitalId={ziyang}");
        branches!.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task CountyCoordinator_CannotAddDepartmentsToAnotherCounty_AndNothingIsCreated()
    {
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        var ziyang = await Api.HospitalId(Demo.Ziyang);

        await (await langao.PostAsJsonAsync($"/api/hospitals/{ziyang}/departments", new DepartmentRequest("骨科", "orthopedics")))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");

        (await Api.Db(db => db.Departments.CountAsync(d => d.HospitalId == ziyang && d.Name == "骨科"))).ShouldBe(0);
    }

    [Fact]
    public async Task CountyCoordinator_SeesTheirOwnHospital_AndThePairedCityHospital_Only()
    {
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);

        var hospitals = await langao.GetFromJsonAsync<PagedResponse<HospitalResponse>>("/api/hospitals");

        hospitals!.Items.Select(h => h.Name).ShouldBe([Demo.City, Demo.Langao], ignoreOrder: true);
        hospitals.Total.ShouldBe(2);
    }

    [Fact]
    public async Task CountyCoordinator_ManagesTheirOwnHospitalsDepartments()
    {
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        var own = await Api.HospitalId(Demo.Langao);

        var created = await (await langao.PostAsJsonAsync($"/api/hospitals/{own}/departments", new DepartmentRequest("超声科", "ultrasound")))
            .ShouldBe<DepartmentResponse>(HttpStatusCode.Created);

        created.HospitalId.ShouldBe(own);
        created.SpecialtyNameZh.ShouldBe("超声医学科");
        var list = await langao.GetFromJsonAsync<List<DepartmentResponse>>($"/api/hospitals/{own}/departments");
        list!.ShouldContain(d => d.Id == created.Id);
    }

    [Fact]
    public async Task CityCoordinator_SeesAPairedCounty_ButCannotChangeIt()
    {
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var langao = await Api.HospitalId(Demo.Langao);

        await (await city.GetAsync($"/api/hospitals/{langao}/departments")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await city.PostAsJsonAsync($"/api/hospitals/{langao}/departments", new DepartmentRequest("儿科", "pediatrics")))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [InlineData(Demo.LangaoClinician)]
    [InlineData(Demo.IcuSpecialist)]
    public async Task NonCoordinators_CannotAddDepartments_EvenToTheirOwnHospital(string email)
    {
        using var client = await Api.ClientFor(email);
        var me = await client.GetFromJsonAsync<Contracts.Auth.MeResponse>("/api/me");

        await (await client.PostAsJsonAsync($"/api/hospitals/{me!.HospitalId}/departments", new DepartmentRequest("新科室", "pediatrics")))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task PairingsOfOtherHospitals_AreNotFound()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var ziyangPairings = await admin.GetFromJsonAsync<PagedResponse<PairingResponse>>($"/api/pairings?hospitalId={await Api.HospitalId(Demo.Ziyang)}");
        var ziyangPairing = ziyangPairings!.Items.First();

        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        await (await langao.GetAsync($"/api/pairings/{ziyangPairing.Id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        var mine = await langao.GetFromJsonAsync<PagedResponse<PairingResponse>>("/api/pairings");
        mine!.Items.ShouldAllBe(p => p.CountyHospitalName == Demo.Langao);
        mine.Items.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Administrator_SeesEveryHospital()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var hospitals = await admin.GetFromJsonAsync<PagedResponse<HospitalResponse>>("/api/hospitals?pageSize=200");

        hospitals!.Total.ShouldBeGreaterThanOrEqualTo(11);
        hospitals.Items[0].Tier.ShouldBe(HospitalTier.CityCenter);
    }
}
