using System.Net;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Consultations;

/// <summary>Claims are exclusive: of many specialists claiming one request at the same moment, exactly one wins.</summary>
public sealed class ClaimRaceTests(ApiFixture fixture) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private const int Specialists = 8;

    private readonly List<(Guid Id, HttpClient Client)> _specialists = [];

    private AllianceApi Api => fixture.Api;

    public async ValueTask InitializeAsync()
    {
        // The demo's cardiology specialist and seven colleagues of the same department.
        _specialists.Add((await Api.Db(db => db.Staff.Where(s => s.Email == Demo.CardiologySpecialist).Select(s => s.Id).SingleAsync()),
            await Api.ClientFor(Demo.CardiologySpecialist)));
        for (var i = 1; i < Specialists; i++)
        {
            var email = $"cardiology{i}@race.test";
            var id = await Api.AddStaffAsync(email, StaffRole.Specialist, Demo.City, "cardiology");
            _specialists.Add((id, await Api.ClientFor(email)));
        }
    }

    public ValueTask DisposeAsync()
    {
        _specialists.ForEach(s => s.Client.Dispose());
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task ManySpecialistsClaimingAtOnce_ExactlyOneWins_TheOthersGet409_AndOneClaimIsRecorded()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        for (var round = 0; round < 3; round++)
        {
            var consultation = await clinician.RequestAsync();
            using var start = new Barrier(Specialists);

            var responses = await Task.WhenAll(_specialists.Select(s => Task.Run(async () =>
            {
                start.SignalAndWait(TimeSpan.FromSeconds(10));
                return (s.Id, Response: await s.Client.MoveAsync(consultation.Id, "claim"));
            })));

            var winners = responses.Where(r => r.Response.StatusCode == HttpStatusCode.OK).ToList();
            winners.Count.ShouldBe(1, $"round {round}: exactly one claim succeeds");
            foreach (var loser in responses.Where(r => r.Response.StatusCode != HttpStatusCode.OK))
            {
                var problem = await loser.Response.ShouldBeProblem(HttpStatusCode.Conflict);
                problem.Code.ShouldBeOneOf("concurrency", "invalid_transition");
            }

            var claimed = await winners[0].Response.ShouldBe<ConsultationResponse>(HttpStatusCode.OK);
            claimed.ClaimedById.ShouldBe(winners[0].Id);
            var claims = await Api.Db(db => db.ConsultationHistory.CountAsync(h => h.ConsultationId == consultation.Id && h.Action == Domain.Consultations.ConsultationAction.Claim));
            claims.ShouldBe(1);
            (await Api.Db(db => db.Consultations.Where(c => c.Id == consultation.Id).Select(c => c.ClaimedById).SingleAsync())).ShouldBe(winners[0].Id);
        }
    }
}
