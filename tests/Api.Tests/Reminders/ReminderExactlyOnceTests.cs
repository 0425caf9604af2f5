using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Infrastructure.Jobs;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reminders;

/// <summary>Hangfire runs a job at least once; a reminder is delivered exactly once in effect.</summary>
public sealed class ReminderExactlyOnceTests(NoJobsApiFixture fixture) : IClassFixture<NoJobsApiFixture>
{
    private AllianceApi Api => fixture.Api;

    private async Task<DeliveryOutcome> DeliverAsync(Guid reminderId)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new DeliverReminder(reminderId));
        return result.Value.Outcome;
    }

    [Fact]
    public async Task TheSameDelivery_RunTwiceAndConcurrently_MakesOneNotification()
    {
        var recipient = await Api.StaffIdAsync(Demo.ShiquanClinician);
        var reminder = await Api.AddReminderAsync(recipient, DateTimeOffset.UtcNow.AddSeconds(-1));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => DeliverAsync(reminder.Id))));
        var again = await DeliverAsync(reminder.Id);

        outcomes.Count(o => o == DeliveryOutcome.Delivered).ShouldBe(1);
        outcomes.Count(o => o == DeliveryOutcome.NothingToDo).ShouldBe(11);
        again.ShouldBe(DeliveryOutcome.NothingToDo);
        (await Api.NotificationsForReminderAsync(reminder.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task ANotYetDueReminder_IsNotDelivered()
    {
        var recipient = await Api.StaffIdAsync(Demo.ShiquanClinician);
        var reminder = await Api.AddReminderAsync(recipient, DateTimeOffset.UtcNow.AddHours(1));

        (await DeliverAsync(reminder.Id)).ShouldBe(DeliveryOutcome.NotDueYet);

        (await Api.ReminderAsync(reminder.Id)).Status.ShouldBe(ReminderStatus.Pending);
        (await Api.NotificationsForReminderAsync(reminder.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AJobThatStartsJustBeforeTheDueTime_WaitsAndDelivers_InsteadOfGivingUp()
    {
        // Hangfire keeps the schedule in whole seconds, so it may start a job up to a second early.
        var recipient = await Api.StaffIdAsync(Demo.ShiquanClinician);
        var reminder = await Api.AddReminderAsync(recipient, DateTimeOffset.UtcNow.AddMilliseconds(900));

        await using (var scope = Api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderJobs>().DeliverAsync(reminder.Id, CancellationToken.None);
        }

        var notification = (await Api.NotificationsForReminderAsync(reminder.Id)).ShouldHaveSingleItem();
        notification.CreatedAt.ShouldBeGreaterThanOrEqualTo(reminder.DueAt, "never before it is due");
        (await Api.ReminderAsync(reminder.Id)).Status.ShouldBe(ReminderStatus.Sent);
    }

    [Fact]
    public async Task AJobForAReminderMovedMuchLater_DoesNothing()
    {
        var recipient = await Api.StaffIdAsync(Demo.ShiquanClinician);
        var reminder = await Api.AddReminderAsync(recipient, DateTimeOffset.UtcNow.AddMinutes(10));

        await using (var scope = Api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderJobs>().DeliverAsync(reminder.Id, CancellationToken.None);
        }

        (await Api.NotificationsForReminderAsync(reminder.Id)).ShouldBeEmpty();
        (await Api.ReminderAsync(reminder.Id)).Status.ShouldBe(ReminderStatus.Pending);
    }

    [Fact]
    public async Task ALostJob_IsDeliveredByTheSweeper_WhenAnInstanceStarts()
    {
        // The reminder is written and its job scheduled, but no server runs it (the process stopped), and
        // then the job itself is lost.
        var recipient = await Api.StaffIdAsync(Demo.ZiyangClinician);
        var reminder = await Api.AddReminderAsync(recipient, DateTimeOffset.UtcNow.AddSeconds(-5));
        var deleted = await Api.Db(db => db.Database.ExecuteSqlRawAsync("DELETE FROM hangfire.job"));
        deleted.ShouldBeGreaterThan(0, "the reminder's job had been scheduled after the commit");

        // An instance that runs jobs starts over the same database.
        await using var restarted = new AllianceApi(Api.ConnectionString, new Dictionary<string, string?> { ["Alliance:Jobs:RunServer"] = "true" },
            services => services.AddSingleton<IReminderComposer, EchoComposer>());
        restarted.StartServer();

        await ReminderTestKit.Eventually(async () => (await Api.NotificationsForReminderAsync(reminder.Id)).Count == 1,
            TimeSpan.FromSeconds(30), "the sweeper delivers the reminder whose job was lost");
        (await Api.ReminderAsync(reminder.Id)).Status.ShouldBe(ReminderStatus.Sent);
    }

    [Fact]
    public async Task Sweeper_DeliversEveryDueReminder_AndLeavesFutureOnes()
    {
        var recipient = await Api.StaffIdAsync(Demo.CityCoordinator);
        var due = await Api.AddReminderAsync(recipient, DateTimeOffset.UtcNow.AddMinutes(-3));
        var future = await Api.AddReminderAsync(recipient, DateTimeOffset.UtcNow.AddHours(2));

        await using var scope = Api.Services.CreateAsyncScope();
        var swept = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SweepReminders());

        swept.Value.ShouldBeGreaterThanOrEqualTo(1);
        (await Api.ReminderAsync(due.Id)).Status.ShouldBe(ReminderStatus.Sent);
        (await Api.ReminderAsync(future.Id)).Status.ShouldBe(ReminderStatus.Pending);
    }
}
