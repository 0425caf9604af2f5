using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Api.Tests.Reminders;
using SpecialtyAlliance.Application.Consultations;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Contracts.Notifications;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Testing;
using System.Net.Http.Json;

namespace SpecialtyAlliance.Api.Tests.Consultations.Reminders;

/// <summary>"Follow up in N days": a reminder for the requesting clinician, written on completion, delivered N days later, to them only.</summary>
public sealed class FollowUpReminderTests(ClockApiFixture fixture) : IClassFixture<ClockApiFixture>
{
    private AllianceApi Api => fixture.Api;

    [Fact]
    public async Task AFollowUpRecommendation_WritesTheRequestersReminder_AndItIsDeliveredWhenDue_ToThemOnly()
    {
        await Api.OpenCalendarAsync(Demo.CardiologySpecialist);
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        await using var requesterHub = await HubRecorder.ConnectAsync(Api, Demo.ShiquanClinician);
        await using var specialistHub = await HubRecorder.ConnectAsync(Api, Demo.CardiologySpecialist);
        var c = await Api.ConsultationInAsync("InProgress");

        var completed = await specialist.MovedAsync(c.Id, "complete", new CompleteRequest("建议一周后复查心电图及心肌酶。", Recommendation.FollowUp, 7));

        var reminder = await Api.Db(db => db.Reminders.AsNoTracking().SingleAsync(r => r.SubjectId == c.Id && r.Kind == ConsultationReminderKinds.FollowUp));
        reminder.RecipientId.ShouldBe(c.RequesterId);
        reminder.DueAt.ShouldBe(completed.CompletedAt!.Value.AddDays(7));
        reminder.Status.ShouldBe(Domain.Reminders.ReminderStatus.Pending);
        var mine = await clinician.GetFromJsonAsync<PagedResponse<ReminderResponse>>("/api/reminders");
        mine!.Items.ShouldContain(r => r.Id == reminder.Id && r.Kind == "consultation-follow-up" && r.SubjectId == c.Id);

        // Not before it is due…
        await fixture.SweepAsync();
        (await Api.ReminderAsync(reminder.Id)).Status.ShouldBe(Domain.Reminders.ReminderStatus.Pending);

        // …and once a week has passed, delivered once, and pushed to the requester only.
        fixture.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        await fixture.SweepAsync();
        await fixture.SweepAsync();

        (await Api.ReminderAsync(reminder.Id)).Status.ShouldBe(Domain.Reminders.ReminderStatus.Sent);
        var notification = (await Api.NotificationsForReminderAsync(reminder.Id)).ShouldHaveSingleItem();
        notification.RecipientId.ShouldBe(c.RequesterId);
        notification.Link.ShouldBe($"/consultations/{c.Id}");
        notification.Title.ShouldContain(c.Patient.Reference);
        await HubRecorder.Eventually(() => requesterHub.Notifications.Any(n => n.Id == notification.Id), "the requester is told live");
        requesterHub.Notifications.Count(n => n.Kind == ConsultationReminderKinds.FollowUp).ShouldBe(1);
        specialistHub.Notifications.ShouldNotContain(n => n.Kind == ConsultationReminderKinds.FollowUp);
    }
}
