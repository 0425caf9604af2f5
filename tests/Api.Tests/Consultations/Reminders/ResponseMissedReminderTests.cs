using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Api.Tests.Reminders;
using SpecialtyAlliance.Application.Consultations;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Testing;
using SpecialtyAlliance.Contracts.Consultations;

namespace SpecialtyAlliance.Api.Tests.Consultations.Reminders;

/// <summary>
/// A request that waits past its response target is escalated to the requesting hospital's coordinators and the routed
/// departments' heads — once per request, however many sweeps see it — and flagged live as overdue.
/// </summary>
public sealed class ResponseMissedReminderTests(ClockApiFixture fixture) : IClassFixture<ClockApiFixture>
{
    private AllianceApi Api => fixture.Api;

    private Task<List<Reminder>> EscalationsOf(Guid consultationId) =>
        Api.Db(db => db.Reminders.AsNoTracking().Where(r => r.SubjectId == consultationId && r.Kind == ConsultationReminderKinds.ResponseMissed).ToListAsync());

    [Fact]
    public async Task AnOverdueRequest_IsEscalatedOnce_ToTheCoordinatorsAndTheDepartmentHeads_NotOnEverySweep()
    {
        using var clinician = await Api.ClientFor(Demo.LangaoClinician);
        await using var coordinatorHub = await HubRecorder.ConnectAsync(Api, Demo.LangaoCoordinator);
        await using var headHub = await HubRecorder.ConnectAsync(Api, Demo.IcuSpecialist);
        await using var requesterHub = await HubRecorder.ConnectAsync(Api, Demo.LangaoClinician);
        await using var bystanderHub = await HubRecorder.ConnectAsync(Api, Demo.ZiyangCoordinator);
        var c = await clinician.RequestAsync(ConsultationTestKit.NewRequest("critical-care", Urgency.Emergency));
        c.ResponseDueAt.ShouldBe(c.RequestedAt.AddMinutes(30));

        await fixture.SweepAsync();
        (await EscalationsOf(c.Id)).ShouldBeEmpty("the target has not passed yet");

        fixture.Clock.Advance(TimeSpan.FromMinutes(31));
        for (var sweep = 0; sweep < 3; sweep++)
        {
            await fixture.SweepAsync();
        }

        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        await fixture.SweepAsync();

        var escalations = await EscalationsOf(c.Id);
        var coordinator = await Api.StaffIdAsync(Demo.LangaoCoordinator);
        var head = await Api.StaffIdAsync(Demo.IcuSpecialist);
        escalations.Select(r => r.RecipientId).ShouldBe([coordinator, head], ignoreOrder: true);
        escalations.ShouldAllBe(r => r.Status == ReminderStatus.Sent);
        var notified = await Api.Db(db => db.Notifications.AsNoTracking().Where(n => n.Link == $"/consultations/{c.Id}").Select(n => n.RecipientId).ToListAsync());
        notified.ShouldBe([coordinator, head], ignoreOrder: true);
        (await Api.Db(db => db.Consultations.Where(x => x.Id == c.Id).Select(x => x.EscalatedAt).SingleAsync())).ShouldNotBeNull();

        foreach (var hub in new[] { coordinatorHub, headHub })
        {
            await HubRecorder.Eventually(() => hub.Notifications.Any(n => n.Link == $"/consultations/{c.Id}"), $"{hub.Email} is told live");
            hub.Notifications.Count(n => n.Link == $"/consultations/{c.Id}").ShouldBe(1);
        }

        await HubRecorder.Eventually(() => requesterHub.ChangesOf(c.Id).Any(x => x.Overdue), "the requesting hospital sees the request turn overdue live");
        requesterHub.ChangesOf(c.Id)[^1].Status.ShouldBe(ConsultationStatus.Requested);
        bystanderHub.Notifications.ShouldNotContain(n => n.Link == $"/consultations/{c.Id}");
    }

    [Fact]
    public async Task AnEscalationFoundClaimedWhenItIsDelivered_IsCancelled_NotSent()
    {
        using var clinician = await Api.ClientFor(Demo.LangaoClinician);
        using var icu = await Api.ClientFor(Demo.IcuSpecialist);
        var c = await clinician.RequestAsync(ConsultationTestKit.NewRequest("critical-care", Urgency.Emergency));
        fixture.Clock.Advance(TimeSpan.FromMinutes(31));
        await using (var scope = Api.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new EscalateOverdueConsultation(c.Id))).Value.ShouldBeTrue();
        }

        (await EscalationsOf(c.Id)).Count.ShouldBe(2);

        await icu.MovedAsync(c.Id, "claim");
        await fixture.SweepAsync();

        (await EscalationsOf(c.Id)).ShouldAllBe(r => r.Status == ReminderStatus.Cancelled);
        (await Api.Db(db => db.Notifications.CountAsync(n => n.Link == $"/consultations/{c.Id}"))).ShouldBe(0);
    }

    [Fact]
    public async Task ARequestClaimedInTime_IsNeverEscalated()
    {
        using var clinician = await Api.ClientFor(Demo.LangaoClinician);
        using var icu = await Api.ClientFor(Demo.IcuSpecialist);
        var c = await clinician.RequestAsync(ConsultationTestKit.NewRequest("critical-care", Urgency.Emergency));
        await icu.MovedAsync(c.Id, "claim");

        fixture.Clock.Advance(TimeSpan.FromMinutes(31));
        await fixture.SweepAsync();

        (await EscalationsOf(c.Id)).ShouldBeEmpty();
    }
}
