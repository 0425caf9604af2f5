using System.Net;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Application.TechnologyGaps;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reminders;

/// <summary>The technology-gap target reminder delivered by its Hangfire job: once to each, never for a gap already filled.</summary>
public sealed class TechnologyGapTargetReminderTests(JobsApiFixture fixture) : IClassFixture<JobsApiFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private AllianceApi Api => fixture.Api;

    private static DateOnly Today => WorkKit.Today;

    private Task<List<Notification>> NotificationsAsync(Guid gap) =>
        Api.Db(db => db.Notifications.AsNoTracking()
            .Where(n => db.Reminders.Any(r => r.Id == n.ReminderId && r.Kind == TechnologyGapTargetReminders.Kind && r.SubjectId == gap))
            .ToListAsync());

    private async Task<TechnologyGapResponse> DeclareAndPlanAsync(string technique, DateOnly target)
    {
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var gap = await langao.DeclareAsync(new TechnologyGapRequest(await Api.HospitalId(Demo.Langao), "critical-care", technique, null, GapScope.Hospital, GapPriority.High, Today.AddDays(-20), null));
        return await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", gap.Version,
                new PlanTechnologyGapRequest(await Api.DepartmentId(Demo.City, "critical-care"), await Api.StaffIdAsync(Demo.IcuSpecialist), target)))
            .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task APlannedGapWhoseTargetHasCome_TellsTheMentoringHeadAndTheCountyCoordinator_Once()
    {
        var icuHead = await Api.StaffIdAsync(Demo.IcuSpecialist);
        var langaoCoordinator = await Api.StaffIdAsync(Demo.LangaoCoordinator);

        var gap = await DeclareAndPlanAsync("经皮气管切开术", Today.AddDays(-1));

        await ReminderTestKit.Eventually(async () => (await NotificationsAsync(gap.Id)).Count == 2, Patience, "the head and the coordinator are told");
        var notifications = await NotificationsAsync(gap.Id);
        notifications.Select(n => n.RecipientId).ShouldBe([icuHead, langaoCoordinator], ignoreOrder: true);
        notifications.ShouldAllBe(n => n.Kind == "technology-gap-target" && n.Title.Contains("经皮气管切开术") && n.Link == $"/technology-gaps/{gap.Id}");

        // Re-planning after it was sent, and a sweep, tell nobody twice.
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", gap.Version,
                new PlanTechnologyGapRequest(await Api.DepartmentId(Demo.City, "critical-care"), icuHead, Today)))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await using (var scope = Api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SweepReminders());
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        (await NotificationsAsync(gap.Id)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task AReminderForAGapFilledMeanwhile_IsCancelledAtDelivery()
    {
        var gap = await DeclareAndPlanAsync("高流量氧疗", Today.AddDays(60));
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        await (await langao.MoveAsync($"/api/technology-gaps/{gap.Id}/first-case", gap.Version,
            new FirstCaseRequest(Today, null, "县医生", await Api.StaffIdAsync(Demo.IcuSpecialist), "LG-HF-1"))).ShouldHaveStatus(HttpStatusCode.OK);

        // A reminder that was already on its way when the gap was filled (written here past the handlers).
        var stray = await Api.Db(async db =>
        {
            var reminder = Reminder.Create(TechnologyGapTargetReminders.Kind, "TechnologyGap", gap.Id, await db.Staff.Where(s => s.Email == Demo.LangaoCoordinator).Select(s => s.Id).SingleAsync(), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
            db.Reminders.Add(reminder);
            await db.SaveChangesAsync();
            return reminder;
        });

        await ReminderTestKit.Eventually(async () => (await Api.ReminderAsync(stray.Id)).Status != ReminderStatus.Pending, Patience, "the stray reminder is settled");
        (await Api.ReminderAsync(stray.Id)).Status.ShouldBe(ReminderStatus.Cancelled);
        (await NotificationsAsync(gap.Id)).ShouldBeEmpty();
    }
}
