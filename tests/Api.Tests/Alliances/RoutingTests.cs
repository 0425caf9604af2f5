using System.Net;
using System.Net.Http.Json;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Alliances;

/// <summary>A request for specialty S from county hospital H reaches the city departments with an Active pairing with H covering S.</summary>
public sealed class RoutingTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    private async Task<IReadOnlyList<RouteResponse>> Routes(HttpClient client, string hospital, string specialty) =>
        await (await client.GetAsync($"/api/pairings/routes?hospitalId={await Api.HospitalId(hospital)}&specialty={specialty}"))
            .ShouldBe<IReadOnlyList<RouteResponse>>(HttpStatusCode.OK);

    [Fact]
    public async Task ActivePairingCoveringTheSpecialty_Routes_ToItsCityDepartment()
    {
        using var admin = await Api.ClientFor(Demo.Admin);

        var routes = await Routes(admin, Demo.Shiquan, "cardiology");

        routes.ShouldHaveSingleItem().CityDepartmentName.ShouldBe("心血管内科");
        (await Routes(admin, Demo.Ziyang, "neurology")).ShouldHaveSingleItem().CityDepartmentName.ShouldBe("神经内科");
        (await Routes(admin, Demo.Ziyang, "stroke")).ShouldHaveSingleItem().CityDepartmentName.ShouldBe("神经内科");
    }

    [Fact]
    public async Task NoPairingCoveringTheSpecialty_RoutesNowhere()
    {
        using var admin = await Api.ClientFor(Demo.Admin);

        (await Routes(admin, Demo.Shiquan, "neurology")).ShouldBeEmpty();
        (await Routes(admin, Demo.Langao, "ultrasound")).ShouldBeEmpty();
    }

    [Fact]
    public async Task ProposedOrSuspendedPairings_DoNotRoute_UntilActivated_AndEndedOnesStop()
    {
        using var admin = await Api.ClientFor(Demo.Admin);

        // 紫阳县中医医院's cardiology pairing is suspended in the demo data; 宁陕's general surgery is only proposed.
        (await Routes(admin, Demo.ZiyangTcm, "cardiology")).ShouldBeEmpty();
        (await Routes(admin, Demo.Ningshan, "general-surgery")).ShouldBeEmpty();

        var proposed = (await admin.GetFromJsonAsync<Contracts.Common.PagedResponse<PairingResponse>>(
            $"/api/pairings?status=Proposed&hospitalId={await Api.HospitalId(Demo.Ningshan)}"))!.Items.ShouldHaveSingleItem();
        await (await admin.PostAsync($"/api/pairings/{proposed.Id}/activate", null)).ShouldHaveStatus(HttpStatusCode.OK);
        (await Routes(admin, Demo.Ningshan, "general-surgery")).ShouldHaveSingleItem().PairingId.ShouldBe(proposed.Id);

        await (await admin.PostAsync($"/api/pairings/{proposed.Id}/end", null)).ShouldHaveStatus(HttpStatusCode.OK);
        (await Routes(admin, Demo.Ningshan, "general-surgery")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Routes_WithAnUnknownSpecialty_Returns400()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var problem = await (await admin.GetAsync($"/api/pairings/routes?hospitalId={await Api.HospitalId(Demo.Shiquan)}&specialty=astrology"))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors!.Keys.ShouldBe(["specialty"]);
    }
}
