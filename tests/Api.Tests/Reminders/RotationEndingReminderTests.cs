using System.Net;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Application.Rotations;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reminders;

/// <summary>The rotation-ending reminder delivered by its Hangfire job: once to each coordinator, or not at all when a successor is planned.</summary>
public sealed class RotationEndingReminderTests(JobsApiFixture fixture) : IClassFixture<JobsApiFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private AllianceApi Api => fixture.Api;

    private static DateOnly Today => WorkKit.Today;

    private Task<List<Reminder>> RemindersAsync(Guid rotation) =>
        Api.Db(db => db.Reminders.AsNoTracking().Where(r => r.Kind == RotationEndingReminders.Kind && r.SubjectId == rotation).ToListAsync());

    private Task<List<Notification>> NotificationsAsync(Guid rotation) =>
        Api.Db(db => db.Notifications.AsNoTracking()
            .Where(n => db.Reminders.Any(r => r.Id == n.ReminderId && r.Kind == RotationEndingReminders.Kind && r.SubjectId == rotation))
            .ToListAsync());

    private async Task SweepAsync()
    {
        await using var scope = Api.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SweepReminders())).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task ARotationEndingWithinTwoWeeks_WithNoSuccessor_TellsBothHospitalsCoordinators_Once()
    {
        var county = await Api.NewCountyAsync("结束提醒测试县医院");
        var countyCoordinator = await Api.CreateStaffAsync("结束县协调员", StaffRole.Coordinator, county.HospitalId, null);
        var cityCoordinator = await Api.StaffIdAsync(Demo.CityCoordinator);
        var clinician = await Api.NewCityClinicianAsync(name: "提醒测试专家");
        using var city = await Api.ClientFor(Demo.CityCoordinator);

        var rotation = await city.PlanAsync(WorkKit.Outbound(clinician, county.DepartmentId, Today.AddDays(-10), Today.AddDays(13)));

        await ReminderTestKit.Eventually(async () => (await NotificationsAsync(rotation.Id)).Count == 2, Patience, "both coordinators are told");
        var notifications = await NotificationsAsync(rotation.Id);
        notifications.Select(n => n.RecipientId).ShouldBe([countyCoordinator.Id, cityCoordinator], ignoreOrder: true);
        notifications.ShouldAllBe(n => n.Kind == "rotation-ending" && n.Link == $"/rotations/{rotation.Id}");
        notifications.ShouldAllBe(n => n.Title.Contains("提醒测试专家") && n.Body.Contains(Today.AddDays(13).ToString("yyyy-MM-dd")));

        // Starting it (which writes its reminders if missing) and a sweep tell nobody twice.
        await (await city.MoveAsync($"/api/rotations/{rotation.Id}/start", rotation.Version)).ShouldHaveStatus(HttpStatusCode.OK);
        await SweepAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        (await NotificationsAsync(rotation.Id)).Count.ShouldBe(2);
        (await RemindersAsync(rotation.Id)).ShouldAllBe(r => r.Status == ReminderStatus.Sent);
    }

    [Fact]
    public async Task ASuccessorPlannedForTheHostDepartment_CancelsTheReminder_AndNobodyIsTold()
    {
        var county = await Api.NewCountyAsync("接续测试县医院");
        await Api.CreateStaffAsync("接续县协调员", StaffRole.Coordinator, county.HospitalId, null);
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        await city.PlanAsync(WorkKit.Outbound(await Api.NewCityClinicianAsync(), county.DepartmentId, Today.AddDays(5), Today.AddDays(120)));

        var ending = await city.PlanAsync(WorkKit.Outbound(await Api.NewCityClinicianAsync(), county.DepartmentId, Today.AddDays(-10), Today.AddDays(13)));

        await ReminderTestKit.Eventually(async () => (await RemindersAsync(ending.Id)).All(r => r.Status != ReminderStatus.Pending), Patience, "the reminders are settled");
        var reminders = await RemindersAsync(ending.Id);
        reminders.Count.ShouldBe(2);
        reminders.ShouldAllBe(r => r.Status == ReminderStatus.Cancelled);
        (await NotificationsAsync(ending.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AReminderForARotationAlreadyCompleted_IsCancelledAtDelivery()
    {
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var rotation = await city.PlanAsync(WorkKit.Outbound(await Api.NewCityClinicianAsync(), langaoIcu, Today, Today.AddDays(60)));
        rotation = await (await city.MoveAsync($"/api/rotations/{rotation.Id}/start", rotation.Version)).ShouldBe<RotationResponse>(HttpStatusCode.OK);
        await (await city.MoveAsync($"/api/rotations/{rotation.Id}/complete", rotation.Version)).ShouldHaveStatus(HttpStatusCode.OK);

        // A reminder that was already on its way when the rotation completed (written here past the handlers).
        var stray = await Api.Db(async db =>
        {
            var reminder = Reminder.Create(RotationEndingReminders.Kind, "Rotation", rotation.Id, await db.Staff.Where(s => s.Email == Demo.LangaoCoordinator).Select(s => s.Id).SingleAsync(), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
            db.Reminders.Add(reminder);
            await db.SaveChangesAsync();
            return reminder;
        });

        await ReminderTestKit.Eventually(async () => (await Api.ReminderAsync(stray.Id)).Status != ReminderStatus.Pending, Patience, "the stray reminder is settled");
        (await Api.ReminderAsync(stray.Id)).Status.ShouldBe(ReminderStatus.Cancelled);
        (await Api.NotificationsForReminderAsync(stray.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task TheDemosResidentExpertAtZiyang_EndingInTenDays_HasItsCoordinatorsTold()
    {
        var ziyang = await Api.HospitalId(Demo.Ziyang);
        var ziyangCoordinator = await Api.StaffIdAsync(Demo.ZiyangCoordinator);
        var ending = await Api.Db(db => db.Rotations.AsNoTracking()
            .SingleAsync(r => r.HostHospitalId == ziyang && r.Status == Domain.Rotations.RotationStatus.Active));

        await ReminderTestKit.Eventually(async () => (await NotificationsAsync(ending.Id)).Any(n => n.RecipientId == ziyangCoordinator), Patience,
            "the demo's reminder, due when the demo was loaded, is delivered once the jobs run");

        (await NotificationsAsync(ending.Id)).Count(n => n.RecipientId == ziyangCoordinator).ShouldBe(1);
    }
}
