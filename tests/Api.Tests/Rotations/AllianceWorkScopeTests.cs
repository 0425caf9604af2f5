using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Domain.TechnologyGaps;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Rotations;

/// <summary>
/// A county sees its own support requests, rotations and gaps, never another county's (404, as if they did not exist);
/// the city side sees those of the counties it is paired with.
/// </summary>
public sealed class AllianceWorkScopeTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    private static DateOnly Today => WorkKit.Today;

    /// <summary>One of Ziyang's support requests, rotations and gaps from the demo data.</summary>
    private async Task<(SupportRequest Request, AssistanceRotation Rotation, TechnologyGap Gap)> ZiyangsAsync()
    {
        var ziyang = await Api.HospitalId(Demo.Ziyang);
        return await Api.Db(async db => (
            await db.SupportRequests.AsNoTracking().FirstAsync(s => s.CountyHospitalId == ziyang),
            await db.Rotations.AsNoTracking().FirstAsync(r => r.HostHospitalId == ziyang && r.Status == Domain.Rotations.RotationStatus.Active),
            await db.TechnologyGaps.AsNoTracking().FirstAsync(g => g.HospitalId == ziyang && g.Status == Domain.TechnologyGaps.TechnologyGapStatus.Identified)));
    }

    [Theory]
    [InlineData(Demo.LangaoCoordinator)]
    [InlineData(Demo.LangaoClinician)]
    [InlineData(Demo.ShiquanClinician)]
    public async Task AnotherCountysRequestsRotationsAndGaps_AreNotFound(string email)
    {
        var (request, rotation, gap) = await ZiyangsAsync();
        using var client = await Api.ClientFor(email);

        await (await client.GetAsync($"/api/support-requests/{request.Id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await client.GetAsync($"/api/rotations/{rotation.Id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await client.GetAsync($"/api/technology-gaps/{gap.Id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");

        var ziyang = await Api.HospitalId(Demo.Ziyang);
        (await client.GetFromJsonAsync<PagedResponse<SupportRequestResponse>>($"/api/support-requests?hospitalId={ziyang}"))!.Total.ShouldBe(0);
        (await client.GetFromJsonAsync<PagedResponse<RotationResponse>>($"/api/rotations?hospitalId={ziyang}"))!.Total.ShouldBe(0);
        (await client.GetFromJsonAsync<PagedResponse<TechnologyGapResponse>>($"/api/technology-gaps?hospitalId={ziyang}"))!.Total.ShouldBe(0);
        var coverage = await client.GetFromJsonAsync<CoverageResponse>("/api/rotations/coverage");
        coverage!.Stationed.ShouldNotContain(d => d.HospitalId == ziyang);
        coverage.UnansweredRequests.ShouldNotContain(r => r.CountyHospitalId == ziyang);
    }

    [Fact]
    public async Task ACountyCoordinator_CannotChangeAnotherCountysWork_AndNothingChanges()
    {
        var (request, rotation, gap) = await ZiyangsAsync();
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);

        await (await langao.MoveAsync($"/api/support-requests/{request.Id}/withdraw", request.Version)).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await langao.MoveAsync($"/api/rotations/{rotation.Id}/cancel", rotation.Version, new CancelRotationRequest("越权")))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await langao.MoveAsync($"/api/rotations/{rotation.Id}/complete", rotation.Version)).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await langao.MoveAsync($"/api/rotations/{rotation.Id}/reschedule", rotation.Version, new RescheduleRotationRequest(rotation.StartsOn, rotation.EndsOn.AddDays(5))))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await langao.MoveAsync($"/api/technology-gaps/{gap.Id}/abandon", gap.Version, new AbandonTechnologyGapRequest("越权")))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await langao.MoveAsync($"/api/technology-gaps/{gap.Id}/establish", gap.Version, new EstablishTechnologyGapRequest(Today)))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        var ziyang = await Api.HospitalId(Demo.Ziyang);
        (await (await langao.PostAsJsonAsync("/api/support-requests", new SupportRequestRequest(ziyang, null, "neurology", "代为申请", 3)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["countyHospitalId"]);
        (await (await langao.PostAsJsonAsync("/api/technology-gaps", new TechnologyGapRequest(ziyang, "neurology", "代为申报", null, Contracts.TechnologyGaps.GapScope.Hospital, Contracts.TechnologyGaps.GapPriority.Low, null, null)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["hospitalId"]);

        var (requestAfter, rotationAfter, gapAfter) = (
            await Api.Db(db => db.SupportRequests.AsNoTracking().SingleAsync(s => s.Id == request.Id)),
            await Api.Db(db => db.Rotations.AsNoTracking().SingleAsync(r => r.Id == rotation.Id)),
            await Api.Db(db => db.TechnologyGaps.AsNoTracking().SingleAsync(g => g.Id == gap.Id)));
        requestAfter.Status.ShouldBe(request.Status);
        rotationAfter.Status.ShouldBe(Domain.Rotations.RotationStatus.Active);
        rotationAfter.EndsOn.ShouldBe(rotation.EndsOn);
        gapAfter.Status.ShouldBe(Domain.TechnologyGaps.TechnologyGapStatus.Identified);
    }

    [Fact]
    public async Task ACounty_SeesItsOwnWork()
    {
        var langao = await Api.HospitalId(Demo.Langao);
        using var clinician = await Api.ClientFor(Demo.LangaoClinician);

        var requests = await clinician.GetFromJsonAsync<PagedResponse<SupportRequestResponse>>("/api/support-requests");
        var rotations = await clinician.GetFromJsonAsync<PagedResponse<RotationResponse>>("/api/rotations?pageSize=200");
        var gaps = await clinician.GetFromJsonAsync<PagedResponse<TechnologyGapResponse>>("/api/technology-gaps");

        requests!.Items.ShouldNotBeEmpty();
        requests.Items.ShouldAllBe(r => r.CountyHospitalId == langao);
        rotations!.Items.ShouldNotBeEmpty();
        rotations.Items.ShouldAllBe(r => r.HostHospitalId == langao || r.HomeHospitalId == langao);
        rotations.Items.ShouldContain(r => r.Role == Contracts.Rotations.RotationRole.InboundAdvancedStudy && r.HomeHospitalId == langao, "its clinician's advanced study in the city");
        gaps!.Items.ShouldNotBeEmpty();
        gaps.Items.ShouldAllBe(g => g.HospitalId == langao);
    }

    [Fact]
    public async Task TheCitySide_SeesThePairedCountiesWork_ButNotAnUnpairedOnes()
    {
        var ziyang = await Api.HospitalId(Demo.Ziyang);
        var (request, rotation, gap) = await ZiyangsAsync();
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);

        (await city.GetFromJsonAsync<SupportRequestResponse>($"/api/support-requests/{request.Id}"))!.CountyHospitalId.ShouldBe(ziyang);
        (await specialist.GetFromJsonAsync<RotationResponse>($"/api/rotations/{rotation.Id}"))!.HostHospitalId.ShouldBe(ziyang);
        (await city.GetFromJsonAsync<TechnologyGapResponse>($"/api/technology-gaps/{gap.Id}"))!.HospitalId.ShouldBe(ziyang);

        // A county with no pairing: its own gap is invisible to the city side until they pair.
        using var admin = await Api.ClientFor(Demo.Admin);
        var unpaired = await Api.HospitalId("宁陕县医院");
        await Api.Db(db => db.Pairings.Where(p => p.CountyHospitalId == unpaired)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Status, Domain.Alliances.PairingStatus.Ended)));
        var lonely = await admin.DeclareAsync(new TechnologyGapRequest(unpaired, "general-surgery", "腹腔镜胆囊切除术", null, Contracts.TechnologyGaps.GapScope.Hospital, Contracts.TechnologyGaps.GapPriority.Medium, null, null));
        await (await city.GetAsync($"/api/technology-gaps/{lonely.Id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }
}
