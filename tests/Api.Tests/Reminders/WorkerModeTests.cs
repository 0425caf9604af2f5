using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reminders;

/// <summary>A worker-only instance runs jobs against the shared database and serves no HTTP.</summary>
public sealed class WorkerModeTests(PostgresFixture postgres)
{
    [Fact]
    public async Task WorkerOnlyInstance_DeliversReminders_WithoutServingHttp()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        using var worker = WorkerHost.Build(
            [],
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Alliance"] = connectionString,
                ["Alliance:Jobs:WorkerCount"] = "2",
                ["Logging:LogLevel:Default"] = "Warning",
            },
            services => services.AddSingleton<IReminderComposer, EchoComposer>());

        worker.Services.GetService<IServer>().ShouldBeNull("a worker serves no HTTP");
        await worker.StartAsync();
        try
        {
            Guid reminderId;
            await using (var scope = worker.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
                var recipient = await db.Staff.Where(s => s.Email == Demo.ShiquanClinician).Select(s => s.Id).SingleAsync();
                var reminder = Reminder.Create(EchoComposer.EchoKind, "Echo", Guid.CreateVersion7(), recipient, DateTimeOffset.UtcNow.AddSeconds(1), DateTimeOffset.UtcNow);
                db.Reminders.Add(reminder);
                await db.SaveChangesAsync();
                reminderId = reminder.Id;
            }

            await ReminderTestKit.Eventually(
                async () =>
                {
                    await using var scope = worker.Services.CreateAsyncScope();
                    return await scope.ServiceProvider.GetRequiredService<AllianceDbContext>().Notifications.AnyAsync(n => n.ReminderId == reminderId);
                },
                TimeSpan.FromSeconds(20),
                "the worker delivers the reminder");
        }
        finally
        {
            await worker.StopAsync();
        }
    }
}
