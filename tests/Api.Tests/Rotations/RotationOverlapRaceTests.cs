using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Rotations;

/// <summary>
/// A clinician never has two overlapping rotations, however many planners race: concurrent POSTs through the real host,
/// each its own transaction on its own connection. The database decides (exclusion constraint, writes per clinician
/// taking turns), so exactly one wins and every other gets 409 rotation_overlap — never a deadlock or a 500.
/// </summary>
public sealed class RotationOverlapRaceTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const int Racers = 12;

    private AllianceApi Api => fixture.Api;

    private static DateOnly Today => WorkKit.Today;

    [Fact]
    public async Task ConcurrentOverlappingPlans_ForOneClinician_CreateExactlyOne_AndTheRestAre409RotationOverlap()
    {
        var clinician = await Api.NewCityClinicianAsync();
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        var clients = new List<HttpClient>();
        for (var i = 0; i < Racers; i++)
        {
            clients.Add(await Api.ClientFor(i % 2 == 0 ? Demo.CityCoordinator : Demo.Admin));
        }

        // Every period differs, and every two of them overlap (each contains day 60).
        var requests = Enumerable.Range(0, Racers)
            .Select(i => WorkKit.Outbound(clinician, langaoIcu, Today.AddDays(30 + i), Today.AddDays(60 + i)))
            .ToList();
        using var start = new SemaphoreSlim(0, Racers);
        var watch = Stopwatch.StartNew();
        var racing = requests.Select(async (request, i) =>
        {
            await start.WaitAsync();
            return await clients[i].PostAsJsonAsync("/api/rotations", request);
        }).ToList();
        start.Release(Racers);
        var responses = await Task.WhenAll(racing);
        watch.Stop();

        var statuses = responses.Select(r => r.StatusCode).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Racers} concurrent overlapping plans in {watch.ElapsedMilliseconds} ms: " + string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Count()}×{(int)g.Key}")));
        statuses.Count(s => s == HttpStatusCode.Created).ShouldBe(1);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ShouldBeProblem(HttpStatusCode.Conflict, "rotation_overlap");
        }

        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.Created).Content.ReadFromJsonAsync<RotationResponse>();
        var stored = await Api.Db(db => db.Rotations.AsNoTracking().Where(r => r.ClinicianId == clinician).ToListAsync());
        stored.ShouldHaveSingleItem().Id.ShouldBe(winner!.Id);
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task ConcurrentPlans_ForDifferentClinicians_AllSucceed()
    {
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        var clinicians = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            clinicians.Add(await Api.NewCityClinicianAsync());
        }

        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var responses = await Task.WhenAll(clinicians.Select(c =>
            city.PostAsJsonAsync("/api/rotations", WorkKit.Outbound(c, langaoIcu, Today.AddDays(30), Today.AddDays(60)))));

        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created);
        (await Api.Db(db => db.Rotations.CountAsync(r => clinicians.Contains(r.ClinicianId)))).ShouldBe(8);
    }

    [Fact]
    public async Task ConcurrentReschedules_OfTwoRotationsOntoEachOther_LeaveThemApart()
    {
        var clinician = await Api.NewCityClinicianAsync();
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        using var admin = await Api.ClientFor(Demo.Admin);
        var first = await city.PlanAsync(WorkKit.Outbound(clinician, langaoIcu, Today.AddDays(10), Today.AddDays(20)));
        var second = await city.PlanAsync(WorkKit.Outbound(clinician, langaoIcu, Today.AddDays(40), Today.AddDays(50)));

        // Each grows towards the other: either alone would fit, both together overlap.
        var responses = await Task.WhenAll(
            city.MoveAsync($"/api/rotations/{first.Id}/reschedule", first.Version, new RescheduleRotationRequest(Today.AddDays(10), Today.AddDays(35))),
            admin.MoveAsync($"/api/rotations/{second.Id}/reschedule", second.Version, new RescheduleRotationRequest(Today.AddDays(30), Today.AddDays(50))));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        await responses.Single(r => r.StatusCode != HttpStatusCode.OK).ShouldBeProblem(HttpStatusCode.Conflict, "rotation_overlap");
        var periods = await Api.Db(db => db.Rotations.AsNoTracking().Where(r => r.ClinicianId == clinician).OrderBy(r => r.StartsOn)
            .Select(r => new { r.StartsOn, r.EndsOn }).ToListAsync());
        periods[0].EndsOn.ShouldBeLessThan(periods[1].StartsOn);
    }
}
