using SpecialtyAlliance.Api.Tests.Reminders;
using SpecialtyAlliance.Application.Consultations;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Consultations.Reminders;

/// <summary>On real Hangfire (polling every second): a consultation starting soon is announced live to both parties, and to nobody else.</summary>
public sealed class StartingSoonDeliveryTests(JobsApiFixture fixture) : IClassFixture<JobsApiFixture>
{
    private AllianceApi Api => fixture.Api;

    [Fact]
    public async Task AConsultationStartingSoon_IsAnnouncedLive_ToTheSpecialistAndTheRequester_Only()
    {
        // Critical care: the demo's cardiologist is in a consultation right now, so the next minutes are not free.
        await Api.OpenCalendarAsync(Demo.IcuSpecialist);
        await using var requesterHub = await HubRecorder.ConnectAsync(Api, Demo.LangaoClinician);
        await using var specialistHub = await HubRecorder.ConnectAsync(Api, Demo.IcuSpecialist);
        await using var otherHub = await HubRecorder.ConnectAsync(Api, Demo.ZiyangClinician);
        using var specialist = await Api.ClientFor(Demo.IcuSpecialist);
        var c = await Api.ConsultationInAsync("Claimed", Demo.LangaoClinician, Demo.IcuSpecialist, "critical-care");
        var now = DateTimeOffset.UtcNow;

        await specialist.MovedAsync(c.Id, "schedule", new ScheduleRequest(now.AddMinutes(10), now.AddMinutes(40)));

        var link = $"/consultations/{c.Id}";
        foreach (var hub in new[] { requesterHub, specialistHub })
        {
            await HubRecorder.Eventually(() => hub.Notifications.Any(n => n.Link == link && n.Kind == ConsultationReminderKinds.StartingSoon),
                $"{hub.Email} is reminded by the job", seconds: 20);
            var reminder = hub.Notifications.Single(n => n.Link == link && n.Kind == ConsultationReminderKinds.StartingSoon);
            reminder.Title.ShouldStartWith("会诊即将开始");
            reminder.Body.ShouldContain(c.Patient.Reference);
        }

        otherHub.Notifications.ShouldNotContain(n => n.Link == link);
    }
}
