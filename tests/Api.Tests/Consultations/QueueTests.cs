using System.Net;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Consultations;

/// <summary>A specialist's queue: the waiting requests routed to their department, most urgent first, then longest waiting, as of a sequence.</summary>
public sealed class QueueTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly Dictionary<Urgency, int> Rank = new() { [Urgency.Emergency] = 0, [Urgency.Urgent] = 1, [Urgency.Routine] = 2 };

    private AllianceApi Api => fixture.Api;

    [Fact]
    public async Task Queue_IsOrderedByUrgency_ThenByWaitingTime()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var routine = await clinician.RequestAsync(ConsultationTestKit.NewRequest("cardiology", Urgency.Routine));
        var emergency = await clinician.RequestAsync(ConsultationTestKit.NewRequest("cardiology", Urgency.Emergency));
        var urgent = await clinician.RequestAsync(ConsultationTestKit.NewRequest("cardiology", Urgency.Urgent));
        var secondEmergency = await clinician.RequestAsync(ConsultationTestKit.NewRequest("cardiology", Urgency.Emergency));

        var queue = await specialist.QueueAsync();

        var mine = queue.Items.Select(i => i.Id).Where(id => id == routine.Id || id == emergency.Id || id == urgent.Id || id == secondEmergency.Id);
        mine.ShouldBe([emergency.Id, secondEmergency.Id, urgent.Id, routine.Id]);
        queue.Items.Select(i => (Rank[i.Urgency], i.RequestedAt)).ShouldBeInOrder(SortDirection.Ascending);
        queue.Items.ShouldAllBe(i => i.Specialty == "cardiology");
    }

    [Fact]
    public async Task QueueItems_CarryTheirResponseTarget_AndWhetherTheyAreOverdue()
    {
        using var clinician = await Api.ClientFor(Demo.ZiyangClinician);
        using var neurologist = await Api.ClientFor(ConsultationTestKit.NeurologySpecialist);
        var fresh = await clinician.RequestAsync(ConsultationTestKit.NewRequest("neurology", Urgency.Routine));

        var queue = await neurologist.QueueAsync();

        var item = queue.Items.Single(i => i.Id == fresh.Id);
        item.ResponseDueAt.ShouldBe(item.RequestedAt.AddHours(48));
        item.Overdue.ShouldBeFalse();
        // The demo's urgent Ziyang request has waited six hours: past its four-hour target.
        var late = queue.Items.Single(i => i.Patient.Reference == "ZY-2026-0311");
        late.Overdue.ShouldBeTrue();
        late.ResponseDueAt.ShouldBe(late.RequestedAt.AddHours(4));
        queue.Items.ShouldAllBe(i => i.Overdue == (i.ResponseDueAt <= queue.GeneratedAt));
    }

    [Fact]
    public async Task Queue_ForOneSpecialty_HoldsOnlyThatSpecialty()
    {
        using var neurologist = await Api.ClientFor(ConsultationTestKit.NeurologySpecialist);

        var all = await neurologist.QueueAsync();
        var stroke = await neurologist.QueueAsync("stroke");

        all.Items.Select(i => i.Specialty).Distinct().ShouldBe(["neurology", "stroke"], ignoreOrder: true);
        stroke.Items.ShouldNotBeEmpty();
        stroke.Items.ShouldAllBe(i => i.Specialty == "stroke");
        stroke.Items.Select(i => i.Id).ShouldBe(all.Items.Where(i => i.Specialty == "stroke").Select(i => i.Id));
    }

    [Fact]
    public async Task ClaimedRequests_LeaveTheQueue_AndReleasedOnesComeBack()
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var c = await Api.ConsultationInAsync("Requested");
        (await specialist.QueueAsync()).Items.ShouldContain(i => i.Id == c.Id);

        await specialist.MovedAsync(c.Id, "claim");
        (await specialist.QueueAsync()).Items.ShouldNotContain(i => i.Id == c.Id);

        await specialist.MovedAsync(c.Id, "release");
        (await specialist.QueueAsync()).Items.ShouldContain(i => i.Id == c.Id);
    }

    [Fact]
    public async Task ASpecialistOfAnUnpairedSpecialty_DoesNotSeeTheRequest()
    {
        using var icu = await Api.ClientFor(Demo.IcuSpecialist);
        var c = await Api.ConsultationInAsync("Requested");

        var queue = await icu.QueueAsync();

        queue.Items.ShouldNotContain(i => i.Id == c.Id);
        queue.Items.ShouldAllBe(i => i.Specialty == "critical-care" || i.Specialty == "nursing");
    }

    [Fact]
    public async Task AsOf_IsTheLastCommittedChange_SoNewChangesComeAfterIt()
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var before = await specialist.QueueAsync();
        var highest = await Api.Db(db => db.Consultations.MaxAsync(c => c.LastSequence));
        before.AsOf.ShouldBe(highest, "with nothing in flight, the snapshot is as of the highest sequence committed");
        before.Items.ShouldAllBe(i => i.LastSequence <= before.AsOf);

        var c = await Api.ConsultationInAsync("Requested");
        var after = await specialist.QueueAsync();

        c.LastSequence.ShouldBeGreaterThan(before.AsOf);
        after.AsOf.ShouldBeGreaterThanOrEqualTo(c.LastSequence);
        after.Items.Single(i => i.Id == c.Id).LastSequence.ShouldBe(c.LastSequence);
    }

    [Theory]
    [InlineData(Demo.ShiquanClinician)]
    [InlineData(Demo.CityCoordinator)]
    [InlineData(Demo.LangaoCoordinator)]
    [InlineData(Demo.Admin)]
    public async Task Queue_IsForSpecialistsOnly(string email)
    {
        using var client = await Api.ClientFor(email);
        await (await client.GetAsync("/api/consultations/queue")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Queue_ForAnUnknownSpecialty_Returns400()
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var problem = await (await specialist.GetAsync("/api/consultations/queue?specialty=astrology")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors!.Keys.ShouldBe(["specialty"]);
    }
}
