using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Api.Tests.Reminders;
using SpecialtyAlliance.Application.Consultations;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Consultations.Reminders;

/// <summary>A scheduled consultation reminds both parties 15 minutes before it starts; the reminders move with a reschedule and go with a cancellation.</summary>
public sealed class StartingSoonReminderTests(NoJobsApiFixture fixture) : IClassFixture<NoJobsApiFixture>, IAsyncLifetime
{
    private AllianceApi Api => fixture.Api;

    public async ValueTask InitializeAsync()
    {
        await Api.OpenCalendarAsync(Demo.CardiologySpecialist);
        await Api.OpenCalendarAsync(Demo.IcuSpecialist);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task<List<Reminder>> StartingSoonOf(Guid consultationId) =>
        Api.Db(db => db.Reminders.AsNoTracking().Where(r => r.SubjectId == consultationId && r.Kind == ConsultationReminderKinds.StartingSoon).ToListAsync());

    private async Task<ConsultationResponse> ScheduledAsync(ScheduleRequest slot)
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        return await specialist.MovedAsync((await Api.ConsultationInAsync("Claimed")).Id, "schedule", slot);
    }

    [Fact]
    public async Task Scheduling_RemindsTheSpecialistAndTheRequester_15MinutesBeforeTheStart()
    {
        var slot = ConsultationTestKit.NextSlot();
        var c = await ScheduledAsync(slot);

        var reminders = await StartingSoonOf(c.Id);

        reminders.Select(r => r.RecipientId).ShouldBe([c.ClaimedById!.Value, c.RequesterId], ignoreOrder: true);
        reminders.ShouldAllBe(r => r.DueAt == slot.StartsAt.AddMinutes(-15) && r.Status == ReminderStatus.Pending);
    }

    [Fact]
    public async Task Rescheduling_MovesTheReminders_AndCancellingCancelsThem()
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        var c = await ScheduledAsync(ConsultationTestKit.NextSlot());
        var before = await StartingSoonOf(c.Id);
        var later = ConsultationTestKit.NextSlot();

        await specialist.MovedAsync(c.Id, "reschedule", later);

        var moved = await StartingSoonOf(c.Id);
        moved.Select(r => r.Id).ShouldBe(before.Select(r => r.Id), ignoreOrder: true, "the same reminders move; none is added");
        moved.ShouldAllBe(r => r.DueAt == later.StartsAt.AddMinutes(-15) && r.Status == ReminderStatus.Pending);

        await clinician.MovedAsync(c.Id, "cancel", new ReasonRequest("患者已出院。"));

        (await StartingSoonOf(c.Id)).ShouldAllBe(r => r.Status == ReminderStatus.Cancelled);
    }

    [Fact]
    public async Task Starting_CancelsTheRemindersNotYetSent()
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var c = await ScheduledAsync(ConsultationTestKit.NextSlot());

        await specialist.MovedAsync(c.Id, "start");

        (await StartingSoonOf(c.Id)).ShouldAllBe(r => r.Status == ReminderStatus.Cancelled);
    }

    [Fact]
    public async Task ASlotStartingInLessThan15Minutes_IsRemindedAtOnce()
    {
        var now = DateTimeOffset.UtcNow;
        var c = await Api.ConsultationInAsync("Claimed", Demo.LangaoClinician, Demo.IcuSpecialist, "critical-care");
        using var icu = await Api.ClientFor(Demo.IcuSpecialist);
        await icu.MovedAsync(c.Id, "schedule", new ScheduleRequest(now.AddMinutes(10), now.AddMinutes(40)));

        var reminders = await StartingSoonOf(c.Id);

        reminders.Count.ShouldBe(2);
        reminders.ShouldAllBe(r => r.DueAt <= DateTimeOffset.UtcNow && r.DueAt >= now.AddSeconds(-5));
    }

    [Fact]
    public async Task AReminderForASlotTheConsultationNoLongerHas_IsCancelledAtDelivery_NotSent()
    {
        var c = await ScheduledAsync(ConsultationTestKit.NextSlot());
        // The requester's reminder as it would be had the slot been another: due long before this slot's 15 minutes.
        await Api.Db(db => db.Reminders.Where(r => r.SubjectId == c.Id && r.RecipientId == c.RequesterId)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, ReminderStatus.Cancelled)));
        var stale = Reminder.Create(ConsultationReminderKinds.StartingSoon, ConsultationReminderKinds.SubjectType, c.Id, c.RequesterId,
            DateTimeOffset.UtcNow.AddSeconds(-1), DateTimeOffset.UtcNow);
        await Api.Db(db =>
        {
            db.Reminders.Add(stale);
            return db.SaveChangesAsync();
        });

        await using var scope = Api.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new DeliverReminder(stale.Id));

        outcome.Value.Outcome.ShouldBe(DeliveryOutcome.Cancelled);
        (await Api.NotificationsForReminderAsync(stale.Id)).ShouldBeEmpty();
    }
}
