using System.Net;
using System.Net.Http.Json;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Alliances;

public sealed class PairingsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    private async Task<PairingResponse> Propose(HttpClient admin, string county, params string[] specialties)
    {
        var request = new PairingRequest(
            await Api.DepartmentId(Demo.City, "orthopedics"), null, await Api.HospitalId(county), null,
            specialties, new DateOnly(2026, 11, 1), "骨科手术教学");
        return await (await admin.PostAsJsonAsync("/api/pairings", request)).ShouldBe<PairingResponse>(HttpStatusCode.Created);
    }

    /// <summary>A lifecycle move that names the version read, as an HTTP client does with If-Match.</summary>
    private static HttpRequestMessage Move(PairingResponse pairing, string action)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/pairings/{pairing.Id}/{action}");
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{pairing.Version}\"");
        return request;
    }

    [Fact]
    public async Task Lifecycle_ProposedActiveSuspendedActiveEnded_ThroughTheApi()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var pairing = await Propose(admin, Demo.Langao, "orthopedics");
        pairing.Status.ShouldBe(PairingStatus.Proposed);
        pairing.CityDepartmentName.ShouldBe("骨科");

        foreach (var (action, expected) in new[] { ("activate", PairingStatus.Active), ("suspend", PairingStatus.Suspended), ("activate", PairingStatus.Active), ("end", PairingStatus.Ended) })
        {
            pairing = await (await admin.SendAsync(Move(pairing, action))).ShouldBe<PairingResponse>(HttpStatusCode.OK);
            pairing.Status.ShouldBe(expected);
        }
    }

    [Theory]
    [InlineData("suspend", "")]
    [InlineData("activate", "activate")]
    [InlineData("suspend", "activate,suspend")]
    [InlineData("activate", "end")]
    [InlineData("suspend", "end")]
    [InlineData("end", "end")]
    public async Task InvalidTransition_Returns409_AndChangesNothing(string action, string before)
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var pairing = await Propose(admin, Demo.Ziyang, "orthopedics");
        foreach (var step in before.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            await (await admin.PostAsync($"/api/pairings/{pairing.Id}/{step}", null)).ShouldHaveStatus(HttpStatusCode.OK);
        }

        var current = await admin.GetFromJsonAsync<PairingResponse>($"/api/pairings/{pairing.Id}");
        var problem = await (await admin.PostAsync($"/api/pairings/{pairing.Id}/{action}", null))
            .ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");
        problem.Detail.ShouldNotBeNullOrWhiteSpace();

        var after = await admin.GetFromJsonAsync<PairingResponse>($"/api/pairings/{pairing.Id}");
        after!.Status.ShouldBe(current!.Status);
        after.Version.ShouldBe(current.Version);
    }

    [Fact]
    public async Task ConcurrentEdits_OfOnePairing_ExactlyOneWins_TheOthersGet409()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var pairing = await Propose(admin, Demo.Shiquan, "orthopedics");

        // Eight administrators act on the version they all read, at the same moment.
        var attempts = Enumerable.Range(0, 8).Select(async _ =>
        {
            using var client = await Api.ClientFor(Demo.Admin);
            return await client.SendAsync(Move(pairing, "activate"));
        });
        var responses = await Task.WhenAll(attempts);

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        var conflicts = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        conflicts.Count.ShouldBe(7);
        foreach (var conflict in conflicts)
        {
            await conflict.ShouldBeProblem(HttpStatusCode.Conflict, "concurrency");
        }
    }

    [Fact]
    public async Task StaleVersion_Returns409Concurrency()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var pairing = await Propose(admin, Demo.Ningshan, "orthopedics");
        await (await admin.PostAsync($"/api/pairings/{pairing.Id}/activate", null)).ShouldHaveStatus(HttpStatusCode.OK);

        await (await admin.SendAsync(Move(pairing, "suspend"))).ShouldBeProblem(HttpStatusCode.Conflict, "concurrency");

        var badHeader = Move(pairing, "suspend");
        badHeader.Headers.Remove("If-Match");
        badHeader.Headers.TryAddWithoutValidation("If-Match", "\"yesterday\"");
        var problem = await (await admin.SendAsync(badHeader)).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors!.Keys.ShouldBe(["If-Match"]);
    }

    [Fact]
    public async Task Propose_WithBadFields_Returns400_WithAnErrorForEachField_AndCreatesNothing()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var before = (await admin.GetFromJsonAsync<PagedResponse<PairingResponse>>("/api/pairings"))!.Total;

        var problem = await (await admin.PostAsJsonAsync("/api/pairings", new
        {
            cityDepartmentId = Guid.Empty,
            countyHospitalId = Guid.Empty,
            specialties = new[] { "astrology" },
            agreementDate = "2026-11-01",
            goals = new string('x', 2001),
        })).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["cityDepartmentId", "countyHospitalId", "specialties[0]", "goals"], ignoreOrder: true);
        (await admin.GetFromJsonAsync<PagedResponse<PairingResponse>>("/api/pairings"))!.Total.ShouldBe(before);
    }

    [Fact]
    public async Task Propose_WithACityHospitalOnTheCountySide_IsRefused()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var request = new PairingRequest(
            await Api.DepartmentId(Demo.City, "orthopedics"), null, await Api.HospitalId(Demo.City), null,
            ["orthopedics"], new DateOnly(2026, 11, 1), null);

        var problem = await (await admin.PostAsJsonAsync("/api/pairings", request)).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors!.Keys.ShouldBe(["countyHospitalId"]);
    }

    [Theory]
    [InlineData(Demo.CityCoordinator)]
    [InlineData(Demo.CardiologySpecialist)]
    [InlineData(Demo.ShiquanClinician)]
    [InlineData(Demo.LangaoCoordinator)]
    public async Task OnlyAdministrators_ProposeOrChangePairings(string email)
    {
        using var client = await Api.ClientFor(email);
        var request = new PairingRequest(
            await Api.DepartmentId(Demo.City, "orthopedics"), null, await Api.HospitalId(Demo.Langao), null,
            ["orthopedics"], new DateOnly(2026, 11, 1), null);
        await (await client.PostAsJsonAsync("/api/pairings", request)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");

        var mine = await client.GetFromJsonAsync<PagedResponse<PairingResponse>>("/api/pairings");
        if (mine!.Items.Count > 0)
        {
            await (await client.PostAsync($"/api/pairings/{mine.Items[0].Id}/end", null)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        }
    }

    [Fact]
    public async Task UnknownPairing_Returns404()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        await (await admin.GetAsync($"/api/pairings/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await admin.PostAsync($"/api/pairings/{Guid.CreateVersion7()}/activate", null)).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }
}
