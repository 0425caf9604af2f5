using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using SpecialtyAlliance.Contracts.Notifications;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SpecialtyAlliance.Api.Tests.Reminders;

/// <summary>Reminders delivered by their Hangfire jobs, on real Hangfire storage in PostgreSQL.</summary>
public sealed class ReminderDeliveryTests(JobsApiFixture fixture) : IClassFixture<JobsApiFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private AllianceApi Api => fixture.Api;

    [Fact]
    public async Task DueReminder_IsDeliveredByItsJob_AndPushedLiveToTheRecipientOnly()
    {
        var recipient = await Api.StaffIdAsync(Demo.ShiquanClinician);
        await using var recipientHub = await Api.HubFor(Demo.ShiquanClinician);
        await using var otherHub = await Api.HubFor(Demo.ZiyangClinician);
        var received = new TaskCompletionSource<NotificationReceived>(TaskCreationOptions.RunContinuationsAsynchronously);
        var leaked = 0;
        recipientHub.On<NotificationReceived>("NotificationReceived", n => received.TrySetResult(n));
        otherHub.On<NotificationReceived>("NotificationReceived", _ => Interlocked.Increment(ref leaked));
        await recipientHub.StartAsync();
        await otherHub.StartAsync();

        var reminder = await Api.AddReminderAsync(recipient, DateTimeOffset.UtcNow.AddSeconds(2));

        var pushed = await received.Task.WaitAsync(Patience);
        pushed.Title.ShouldBe($"Echo {reminder.SubjectId}");
        pushed.Link.ShouldBe($"/echo/{reminder.SubjectId}");
        var stored = (await Api.NotificationsForReminderAsync(reminder.Id)).ShouldHaveSingleItem();
        stored.Id.ShouldBe(pushed.Id);
        stored.RecipientId.ShouldBe(recipient);
        stored.CreatedAt.ShouldBeGreaterThanOrEqualTo(reminder.DueAt, "never before it is due");
        (await Api.ReminderAsync(reminder.Id)).Status.ShouldBe(Domain.Reminders.ReminderStatus.Sent);
        leaked.ShouldBe(0);
    }

    [Fact]
    public async Task MovedReminder_IsDeliveredAtItsNewTime_NotTheOldOne()
    {
        var recipient = await Api.StaffIdAsync(Demo.ZiyangClinician);
        var reminder = await Api.AddReminderAsync(recipient, DateTimeOffset.UtcNow.AddSeconds(1));
        var newDue = DateTimeOffset.UtcNow.AddSeconds(6);
        await Api.Db(async db =>
        {
            var tracked = await db.Reminders.SingleAsync(r => r.Id == reminder.Id);
            tracked.MoveTo(newDue);
            return await db.SaveChangesAsync();
        });

        await ReminderTestKit.Eventually(async () => (await Api.NotificationsForReminderAsync(reminder.Id)).Count == 1, Patience, "the moved reminder is delivered");

        var notification = (await Api.NotificationsForReminderAsync(reminder.Id)).ShouldHaveSingleItem();
        notification.CreatedAt.ShouldBeGreaterThanOrEqualTo(newDue, "the job for the old time must not deliver it");
    }

    [Fact]
    public async Task CancelledReminder_IsNeverDelivered_EvenWhenItsJobRuns()
    {
        var recipient = await Api.StaffIdAsync(Demo.LangaoClinician);
        var reminder = await Api.AddReminderAsync(recipient, DateTimeOffset.UtcNow.AddSeconds(1));
        await Api.Db(async db =>
        {
            var tracked = await db.Reminders.SingleAsync(r => r.Id == reminder.Id);
            tracked.Cancel(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        await ReminderTestKit.Eventually(() => JobsSucceededFor(reminder.Id), Patience, "the reminder's job has run");

        (await Api.NotificationsForReminderAsync(reminder.Id)).ShouldBeEmpty();
        (await Api.ReminderAsync(reminder.Id)).Status.ShouldBe(Domain.Reminders.ReminderStatus.Cancelled);
    }

    [Fact]
    public async Task ReminderWhoseSubjectNoLongerNeedsIt_IsCancelled_NotSent()
    {
        var recipient = await Api.StaffIdAsync(Demo.LangaoClinician);
        var reminder = await Api.AddReminderAsync(recipient, DateTimeOffset.UtcNow.AddSeconds(1), subjectType: "Closed");

        await ReminderTestKit.Eventually(async () => (await Api.ReminderAsync(reminder.Id)).Status != Domain.Reminders.ReminderStatus.Pending, Patience, "the reminder is settled");

        (await Api.ReminderAsync(reminder.Id)).Status.ShouldBe(Domain.Reminders.ReminderStatus.Cancelled);
        (await Api.NotificationsForReminderAsync(reminder.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ABatchDueAtOneMoment_IsAllDelivered_EachOnce()
    {
        var recipient = await Api.StaffIdAsync(Demo.IcuSpecialist);
        var due = DateTimeOffset.UtcNow.AddSeconds(3);
        var reminders = new List<Reminder>();
        for (var i = 0; i < 30; i++)
        {
            reminders.Add(await Api.AddReminderAsync(recipient, due));
        }

        var ids = reminders.Select(r => r.Id).ToList();
        await ReminderTestKit.Eventually(
            async () => await Api.Db(db => db.Notifications.CountAsync(n => n.ReminderId != null && ids.Contains(n.ReminderId.Value))) == 30,
            TimeSpan.FromSeconds(40), "all 30 reminders delivered");

        var lateness = await Api.Db(db => db.Notifications.Where(n => n.ReminderId != null && ids.Contains(n.ReminderId.Value)).MaxAsync(n => n.CreatedAt));
        TestContext.Current.TestOutputHelper?.WriteLine($"30 reminders due at one moment: the last was delivered {(lateness - due).TotalMilliseconds:0} ms after its due time");
        (await Api.Db(db => db.Notifications.CountAsync(n => n.ReminderId != null && ids.Contains(n.ReminderId.Value)))).ShouldBe(30);
    }

    /// <summary>Whether Hangfire has run (successfully) a delivery job for this reminder.</summary>
    private async Task<bool> JobsSucceededFor(Guid reminderId) =>
        await Api.Db(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM hangfire.job WHERE statename = 'Succeeded' AND arguments::text LIKE @id";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "id";
            parameter.Value = $"%{reminderId}%";
            command.Parameters.Add(parameter);
            return (long)(await command.ExecuteScalarAsync())! > 0;
        });
}
