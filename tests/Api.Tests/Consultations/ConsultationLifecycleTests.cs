using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Api.Tests.Reminders;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Availability;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Availability;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Consultations;

/// <summary>The consultation lifecycle through the real API: every move is a history row, and an invalid move changes nothing.</summary>
public sealed class ConsultationLifecycleTests(ApiFixture fixture) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private AllianceApi Api => fixture.Api;

    public async ValueTask InitializeAsync() => await Api.OpenCalendarAsync(Demo.CardiologySpecialist);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task FullJourney_RequestClaimScheduleStartCompleteCloseOut_RecordsEveryMove()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var slot = ConsultationTestKit.NextSlot();

        var requested = await clinician.RequestAsync();
        requested.Status.ShouldBe(ConsultationStatus.Requested);
        requested.RoutedDepartments.ShouldHaveSingleItem().Name.ShouldBe("心血管内科");
        requested.AllowedActions.ShouldBe([ConsultationAction.Cancel]);
        (await specialist.GetConsultationAsync(requested.Id)).AllowedActions.ShouldBe([ConsultationAction.Claim, ConsultationAction.Reject], ignoreOrder: true);

        var claimed = await specialist.MovedAsync(requested.Id, "claim");
        claimed.ClaimedByName.ShouldBe("陈明远");
        claimed.AllowedActions.ShouldBe([ConsultationAction.Release, ConsultationAction.RequestInfo, ConsultationAction.Schedule, ConsultationAction.Reject], ignoreOrder: true);
        var scheduled = await specialist.MovedAsync(requested.Id, "schedule", slot);
        scheduled.Booking.ShouldNotBeNull().StartsAt.ShouldBe(slot.StartsAt);
        scheduled.ScheduledEnd.ShouldBe(slot.EndsAt);
        var started = await specialist.MovedAsync(requested.Id, "start");
        started.StartedAt.ShouldNotBeNull();
        var completed = await specialist.MovedAsync(requested.Id, "complete", new CompleteRequest("建议规范二级预防。", Recommendation.ReferUp, null));
        completed.Recommendation.ShouldBe(Recommendation.ReferUp);
        (await clinician.GetConsultationAsync(requested.Id)).AllowedActions.ShouldBe([ConsultationAction.CloseOut, ConsultationAction.Refer], ignoreOrder: true);
        var closed = await clinician.MovedAsync(requested.Id, "close-out", new CloseOutRequest(4, false));

        closed.Status.ShouldBe(ConsultationStatus.Closed);
        closed.Satisfaction.ShouldBe(4);
        closed.ReferralAvoided.ShouldBe(false);
        closed.History.Select(h => (h.Action.WireName(), h.From?.ToString(), h.To.ToString())).ShouldBe(
        [
            ("request", null, "Requested"),
            ("claim", "Requested", "Claimed"),
            ("schedule", "Claimed", "Scheduled"),
            ("start", "Scheduled", "InProgress"),
            ("complete", "InProgress", "Completed"),
            ("close-out", "Completed", "Closed"),
        ]);
        closed.History.Select(h => h.Sequence).ShouldBeInOrder(SortDirection.Ascending);
        closed.History.Select(h => h.Sequence).Distinct().Count().ShouldBe(6, "each move is its own change, with its own sequence");
        closed.LastSequence.ShouldBe(closed.History[^1].Sequence);
        closed.History.Select(h => h.ActorName).ShouldBe(["孙建国", "陈明远", "陈明远", "陈明远", "陈明远", "孙建国"]);
    }

    [Fact]
    public async Task Release_PutsItBackInTheQueue_Unclaimed()
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var claimed = await Api.ConsultationInAsync("Claimed");

        var released = await specialist.MovedAsync(claimed.Id, "release");

        released.Status.ShouldBe(ConsultationStatus.Requested);
        released.ClaimedById.ShouldBeNull();
        (await specialist.QueueAsync()).Items.ShouldContain(i => i.Id == claimed.Id);
        released.History[^1].Action.ShouldBe(ConsultationAction.Release);
    }

    [Fact]
    public async Task AskForInformation_ThenTheAnswer_PutsItBackInTheQueue_Unclaimed()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var claimed = await Api.ConsultationInAsync("Claimed");

        var asked = await specialist.MovedAsync(claimed.Id, "request-info", new RequestInfoRequest("请补充近期血脂结果。"));
        asked.Status.ShouldBe(ConsultationStatus.InfoRequested);
        asked.InfoRequest.ShouldBe("请补充近期血脂结果。");
        (await clinician.GetConsultationAsync(claimed.Id)).AllowedActions.ShouldBe([ConsultationAction.ProvideInfo, ConsultationAction.Cancel], ignoreOrder: true);
        (await specialist.QueueAsync()).Items.ShouldNotContain(i => i.Id == claimed.Id);

        var answered = await clinician.MovedAsync(claimed.Id, "provide-info", new ProvideInfoRequest("LDL-C 3.8 mmol/L。"));

        answered.Status.ShouldBe(ConsultationStatus.Requested);
        answered.ClaimedById.ShouldBeNull();
        answered.InfoResponse.ShouldBe("LDL-C 3.8 mmol/L。");
        answered.History.TakeLast(2).Select(h => (h.Action, h.Note)).ShouldBe([(ConsultationAction.RequestInfo, "请补充近期血脂结果。"), (ConsultationAction.ProvideInfo, "LDL-C 3.8 mmol/L。")]);
        (await specialist.QueueAsync()).Items.ShouldContain(i => i.Id == claimed.Id);
    }

    [Theory]
    [InlineData("Requested")]
    [InlineData("Claimed")]
    public async Task Reject_WithAReason_EndsIt(string from)
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var consultation = await Api.ConsultationInAsync(from);

        var rejected = await specialist.MovedAsync(consultation.Id, "reject", new ReasonRequest("请转内分泌科。"));

        rejected.Status.ShouldBe(ConsultationStatus.Rejected);
        rejected.RejectionReason.ShouldBe("请转内分泌科。");
        rejected.AllowedActions.ShouldBeEmpty();
    }

    [Fact]
    public async Task Cancel_WhenScheduled_FreesTheSlot_SoItCanBeBookedAgain()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var slot = ConsultationTestKit.NextSlot();
        var first = await specialist.MovedAsync((await Api.ConsultationInAsync("Claimed")).Id, "schedule", slot);
        var second = await Api.ConsultationInAsync("Claimed");
        await (await specialist.MoveAsync(second.Id, "schedule", slot)).ShouldBeProblem(HttpStatusCode.Conflict, "slot_taken");

        var cancelled = await clinician.MovedAsync(first.Id, "cancel", new ReasonRequest("患者病情好转。"));

        cancelled.Status.ShouldBe(ConsultationStatus.Cancelled);
        cancelled.Booking!.Status.ShouldBe(Contracts.Availability.BookingStatus.Released);
        (await specialist.MovedAsync(second.Id, "schedule", slot)).Booking!.Status.ShouldBe(Contracts.Availability.BookingStatus.Active);
    }

    [Fact]
    public async Task Reschedule_MovesTheBooking_EvenOntoAnOverlappingTime_AndFreesTheOldSlot()
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var slot = ConsultationTestKit.NextSlot(60);
        var scheduled = await specialist.MovedAsync((await Api.ConsultationInAsync("Claimed")).Id, "schedule", slot);
        var later = new ScheduleRequest(slot.StartsAt.AddMinutes(30), slot.EndsAt.AddMinutes(30));

        var moved = await specialist.MovedAsync(scheduled.Id, "reschedule", later);

        moved.Status.ShouldBe(ConsultationStatus.Scheduled);
        moved.ScheduledStart.ShouldBe(later.StartsAt);
        moved.History[^1].Action.ShouldBe(ConsultationAction.Reschedule);
        var bookings = await Api.Db(db => db.Bookings.AsNoTracking().Where(b => b.ConsultationId == scheduled.Id).OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).ToListAsync());
        bookings.Select(b => b.Status).ShouldBe([Domain.Availability.BookingStatus.Released, Domain.Availability.BookingStatus.Active], ignoreOrder: true);
        bookings.Single(b => b.Status == Domain.Availability.BookingStatus.Active).StartsAt.ShouldBe(later.StartsAt);

        // The first half hour of the old slot is free again.
        var other = await Api.ConsultationInAsync("Claimed");
        await (await specialist.MoveAsync(other.Id, "schedule", new ScheduleRequest(slot.StartsAt, slot.StartsAt.AddMinutes(30)))).ShouldHaveStatus(HttpStatusCode.OK);
    }

    public static TheoryData<string, string> InvalidMoves => new()
    {
        { "Requested", "release" },
        { "Requested", "schedule" },
        { "Requested", "start" },
        { "Claimed", "claim" },
        { "Claimed", "start" },
        { "Claimed", "reschedule" },
        { "Scheduled", "schedule" },
        { "Scheduled", "complete" },
        { "Scheduled", "reject" },
        { "InProgress", "cancel" },
        { "InProgress", "start" },
        { "Completed", "cancel" },
        { "Completed", "complete" },
        { "Closed", "close-out" },
        { "Closed", "cancel" },
        { "Rejected", "claim" },
        { "Cancelled", "cancel" },
    };

    [Theory]
    [MemberData(nameof(InvalidMoves))]
    public async Task InvalidMove_Returns409InvalidTransition_AndChangesNothing(string status, string action)
    {
        var consultation = await Api.ConsultationInAsync(status);
        var actor = action is "cancel" or "close-out" or "provide-info" ? Demo.ShiquanClinician : Demo.CardiologySpecialist;
        using var client = await Api.ClientFor(actor);
        object? body = action switch
        {
            "schedule" or "reschedule" => ConsultationTestKit.NextSlot(),
            "complete" => ConsultationTestKit.Opinion,
            "close-out" => ConsultationTestKit.Survey,
            "reject" or "cancel" => new ReasonRequest("原因"),
            _ => null,
        };

        var problem = await (await client.MoveAsync(consultation.Id, action, body)).ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");

        problem.Detail.ShouldBe($"A consultation that is {status} cannot be {Verb(action)}.");
        var after = await client.GetConsultationAsync(consultation.Id);
        after.Status.ToString().ShouldBe(status);
        after.Version.ShouldBe(consultation.Version);
        after.History.Count.ShouldBe(consultation.History.Count);
    }

    [Fact]
    public async Task Move_WithAStaleIfMatch_Returns409Concurrency_AndChangesNothing()
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var consultation = await Api.ConsultationInAsync("Requested");
        var claimed = await specialist.MovedAsync(consultation.Id, "claim");
        await specialist.MovedAsync(consultation.Id, "release");

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/consultations/{consultation.Id}/claim");
        stale.Headers.TryAddWithoutValidation("If-Match", $"\"{claimed.Version}\"");
        await (await specialist.SendAsync(stale)).ShouldBeProblem(HttpStatusCode.Conflict, "concurrency");

        (await specialist.GetConsultationAsync(consultation.Id)).Status.ShouldBe(ConsultationStatus.Requested);
    }

    [Fact]
    public async Task Move_WithTheCurrentIfMatch_Succeeds()
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var consultation = await Api.ConsultationInAsync("Requested");

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/consultations/{consultation.Id}/claim");
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{consultation.Version}\"");
        var claimed = await (await specialist.SendAsync(request)).ShouldBe<ConsultationResponse>(HttpStatusCode.OK);

        claimed.Status.ShouldBe(ConsultationStatus.Claimed);
        claimed.Version.ShouldNotBe(consultation.Version);
    }

    [Fact]
    public async Task Schedule_OutsideTheSpecialistsAvailability_Returns409_AndBooksNothing()
    {
        using var neurologist = await Api.ClientFor(ConsultationTestKit.NeurologySpecialist);
        using var clinician = await Api.ClientFor(Demo.ZiyangClinician);
        var neurologistId = await Api.StaffIdAsync(ConsultationTestKit.NeurologySpecialist);
        var c = await clinician.RequestAsync(ConsultationTestKit.NewRequest("neurology"));
        await neurologist.MovedAsync(c.Id, "claim");
        var availability = await neurologist.GetFromJsonAsync<AvailabilityResponse>($"/api/specialists/{neurologistId}/availability");
        availability!.Weekly.ShouldContain(w => w.Day == WeekDay.Monday && w.Start == new TimeOnly(8, 30));

        // The demo weekday windows (08:30–12:00, 14:30–17:30 Asia/Shanghai) leave 12:00–14:30 and the night free.
        var day = NextLocalWeekday();
        var lunch = new ScheduleRequest(At(day, 12, 15), At(day, 12, 45));
        var night = new ScheduleRequest(At(day, 22, 0), At(day, 22, 30));
        var spanning = new ScheduleRequest(At(day, 11, 45), At(day, 12, 15));
        foreach (var slot in new[] { lunch, night, spanning })
        {
            await (await neurologist.MoveAsync(c.Id, "schedule", slot)).ShouldBeProblem(HttpStatusCode.Conflict, "outside_availability");
        }

        (await neurologist.MovedAsync(c.Id, "schedule", new ScheduleRequest(At(day, 9, 0), At(day, 9, 30)))).Status.ShouldBe(ConsultationStatus.Scheduled);
        (await Api.Db(db => db.Bookings.CountAsync(b => b.ConsultationId == c.Id))).ShouldBe(1);
    }

    private static DateTime NextLocalWeekday()
    {
        var day = AllianceCalendar.ToLocal(DateTimeOffset.UtcNow).Date.AddDays(3);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static DateTimeOffset At(DateTime localDay, int hour, int minute) =>
        new(localDay.AddHours(hour).AddMinutes(minute), TimeSpan.FromHours(8));

    private static string Verb(string action) => action switch
    {
        "claim" => "claimed",
        "release" => "released",
        "schedule" => "scheduled",
        "reschedule" => "rescheduled",
        "start" => "started",
        "complete" => "completed",
        "close-out" => "closed out",
        "reject" => "rejected",
        "cancel" => "cancelled",
        _ => action,
    };
}
