using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reminders;

internal static class ReminderTestKit
{
    /// <summary>Writes a reminder the way features do: a row, saved through the context (which schedules its job after commit).</summary>
    public static async Task<Reminder> AddReminderAsync(this AllianceApi api, Guid recipientId, DateTimeOffset dueAt, string subjectType = "Echo")
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var reminder = Reminder.Create(EchoComposer.EchoKind, subjectType, Guid.CreateVersion7(), recipientId, dueAt, DateTimeOffset.UtcNow);
        db.Reminders.Add(reminder);
        await db.SaveChangesAsync();
        return reminder;
    }

    public static async Task<List<Notification>> NotificationsForReminderAsync(this AllianceApi api, Guid reminderId) =>
        await api.Db(db => db.Notifications.AsNoTracking().Where(n => n.ReminderId == reminderId).ToListAsync());

    public static async Task<Reminder> ReminderAsync(this AllianceApi api, Guid reminderId) =>
        await api.Db(db => db.Reminders.AsNoTracking().SingleAsync(r => r.Id == reminderId));

    /// <summary>Waits for a condition (polling the database), failing after <paramref name="timeout"/>.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"Not within {timeout.TotalSeconds:0} s: {what}");
            }

            await Task.Delay(100);
        }
    }
}
