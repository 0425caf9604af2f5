using System.Net;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Rotations;
using SpecialtyAlliance.Application.TechnologyGaps;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reminders;

/// <summary>
/// The reminder rows that rotations and gaps write, move and cancel in the same transaction as their own change
/// (no job server here: this is about the rows; delivery is <see cref="RotationEndingReminderTests"/> and
/// <see cref="TechnologyGapTargetReminderTests"/>).
/// </summary>
public sealed class AllianceWorkReminderRowsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private AllianceApi Api => fixture.Api;

    private static DateOnly Today => WorkKit.Today;

    private static DateTimeOffset NineInTheMorning(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), Shanghai);

    private Task<List<Reminder>> RemindersAsync(string kind, Guid subject) =>
        Api.Db(db => db.Reminders.AsNoTracking().Where(r => r.Kind == kind && r.SubjectId == subject).ToListAsync());

    [Fact]
    public async Task PlanningARotation_WritesOneReminderPerCoordinatorOfBothHospitals_FourteenDaysBeforeItsLastDay()
    {
        var county = await Api.NewCountyAsync("提醒行测试县医院");
        var countyCoordinator = await Api.CreateStaffAsync("提醒县协调员", StaffRole.Coordinator, county.HospitalId, null);
        var cityCoordinator = await Api.StaffIdAsync(Demo.CityCoordinator);
        using var city = await Api.ClientFor(Demo.CityCoordinator);

        var rotation = await city.PlanAsync(WorkKit.Outbound(await Api.NewCityClinicianAsync(), county.DepartmentId, Today.AddDays(10), Today.AddDays(100)));

        var reminders = await RemindersAsync(RotationEndingReminders.Kind, rotation.Id);
        reminders.Select(r => r.RecipientId).ShouldBe([countyCoordinator.Id, cityCoordinator], ignoreOrder: true);
        reminders.ShouldAllBe(r => r.Status == ReminderStatus.Pending && r.SubjectType == "Rotation");
        reminders.ShouldAllBe(r => r.DueAt == NineInTheMorning(Today.AddDays(86)));

        var active = await (await city.MoveAsync($"/api/rotations/{rotation.Id}/start", rotation.Version)).ShouldBe<RotationResponse>(HttpStatusCode.OK);
        (await RemindersAsync(RotationEndingReminders.Kind, rotation.Id)).Count.ShouldBe(2, "starting it writes nothing twice");

        await (await city.MoveAsync($"/api/rotations/{rotation.Id}/reschedule", active.Version, new RescheduleRotationRequest(Today.AddDays(10), Today.AddDays(150))))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var moved = await RemindersAsync(RotationEndingReminders.Kind, rotation.Id);
        moved.Count.ShouldBe(2);
        moved.ShouldAllBe(r => r.Status == ReminderStatus.Pending && r.DueAt == NineInTheMorning(Today.AddDays(136)));
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("complete")]
    public async Task ARotationThatIsOver_HasItsPendingRemindersCancelled(string move)
    {
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var rotation = await city.PlanAsync(WorkKit.Outbound(await Api.NewCityClinicianAsync(), langaoIcu, Today, Today.AddDays(200)));
        if (move == "complete")
        {
            rotation = await (await city.MoveAsync($"/api/rotations/{rotation.Id}/start", rotation.Version)).ShouldBe<RotationResponse>(HttpStatusCode.OK);
        }

        (await RemindersAsync(RotationEndingReminders.Kind, rotation.Id)).ShouldAllBe(r => r.Status == ReminderStatus.Pending);

        await (await city.MoveAsync($"/api/rotations/{rotation.Id}/{move}", rotation.Version, move == "cancel" ? new CancelRotationRequest("人员调整") : null))
            .ShouldHaveStatus(HttpStatusCode.OK);

        var after = await RemindersAsync(RotationEndingReminders.Kind, rotation.Id);
        after.Count.ShouldBe(2, "Langao's coordinator and the city's");
        after.ShouldAllBe(r => r.Status == ReminderStatus.Cancelled && r.ClosedAt != null);
    }

    [Fact]
    public async Task AShortVisit_NeedsNoSuccessor_AndGetsNoReminder()
    {
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);

        var visit = await city.PlanAsync(WorkKit.Outbound(await Api.NewCityClinicianAsync(), langaoIcu, Today.AddDays(3), Today.AddDays(16), RotationRole.VisitingExpert));

        (await RemindersAsync(RotationEndingReminders.Kind, visit.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task PlanningAGap_RemindsTheMentoringHeadAndTheCountyCoordinators_OnItsTargetDate_AndReplanningReaddressesAndMovesIt()
    {
        var langao = await Api.HospitalId(Demo.Langao);
        using var langaoClient = await Api.ClientFor(Demo.LangaoCoordinator);
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var gap = await langaoClient.DeclareAsync(new TechnologyGapRequest(langao, "critical-care", "俯卧位通气", null, GapScope.Hospital, GapPriority.High, Today.AddDays(-5), null));
        var icuHead = await Api.StaffIdAsync(Demo.IcuSpecialist);
        var neurologyHead = await Api.StaffIdAsync("neurology@ankang.demo");
        var langaoCoordinator = await Api.StaffIdAsync(Demo.LangaoCoordinator);

        var planned = await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", gap.Version,
            new PlanTechnologyGapRequest(await Api.DepartmentId(Demo.City, "critical-care"), icuHead, Today.AddDays(40)))).ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);

        var first = await RemindersAsync(TechnologyGapTargetReminders.Kind, gap.Id);
        first.Select(r => r.RecipientId).ShouldBe([icuHead, langaoCoordinator], ignoreOrder: true);
        first.ShouldAllBe(r => r.DueAt == NineInTheMorning(Today.AddDays(40)) && r.Status == ReminderStatus.Pending);

        var replanned = await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", planned.Version,
            new PlanTechnologyGapRequest(await Api.DepartmentId(Demo.City, "neurology"), neurologyHead, Today.AddDays(70)))).ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);

        var second = await RemindersAsync(TechnologyGapTargetReminders.Kind, gap.Id);
        second.Single(r => r.RecipientId == icuHead).Status.ShouldBe(ReminderStatus.Cancelled, "the ICU no longer mentors it");
        second.Where(r => r.Status == ReminderStatus.Pending).Select(r => r.RecipientId).ShouldBe([neurologyHead, langaoCoordinator], ignoreOrder: true);
        second.Where(r => r.Status == ReminderStatus.Pending).ShouldAllBe(r => r.DueAt == NineInTheMorning(Today.AddDays(70)));

        await (await langaoClient.MoveAsync($"/api/technology-gaps/{gap.Id}/first-case", replanned.Version,
            new FirstCaseRequest(Today, null, "县医生", neurologyHead, "LG-9"))).ShouldHaveStatus(HttpStatusCode.OK);

        (await RemindersAsync(TechnologyGapTargetReminders.Kind, gap.Id)).ShouldAllBe(r => r.Status == ReminderStatus.Cancelled);
    }

    [Fact]
    public async Task ARefusedChange_WritesNoReminder()
    {
        var clinician = await Api.NewCityClinicianAsync();
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        await city.PlanAsync(WorkKit.Outbound(clinician, langaoIcu, Today, Today.AddDays(100)));
        var before = await Api.Db(db => db.Reminders.CountAsync(r => r.Kind == RotationEndingReminders.Kind));

        await (await city.PostAsync("/api/rotations", System.Net.Http.Json.JsonContent.Create(WorkKit.Outbound(clinician, langaoIcu, Today.AddDays(50), Today.AddDays(150)))))
            .ShouldBeProblem(HttpStatusCode.Conflict, "rotation_overlap");

        (await Api.Db(db => db.Reminders.CountAsync(r => r.Kind == RotationEndingReminders.Kind))).ShouldBe(before, "the overlap rolled the reminders back with the rotation");
    }
}
