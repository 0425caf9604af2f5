using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Benchmarks;

/// <summary>
/// How late reminders are delivered when a batch falls due at one moment: Hangfire's default polling
/// (15 s for scheduled jobs and for the queue) against this project's tuning (1 s, LISTEN/NOTIFY),
/// measured in the same run on the same machine.
/// </summary>
internal static class ReminderLatency
{
    private const string Kind = "benchmark";

    public static async Task<IReadOnlyList<string>> RunAsync(PostgresServer server, string template, int batch)
    {
        var rows = new List<string> { $"{"configuration",-44} {"batch",5} {"p50 late (ms)",14} {"p95 late (ms)",14} {"last late (ms)",15}" };
        foreach (var (name, settings) in new[]
        {
            ("baseline: Hangfire defaults (15 s polling)", new Dictionary<string, string?> { ["Alliance:Jobs:SchedulePollingInterval"] = "00:00:15", ["Alliance:Jobs:LongPolling"] = "false" }),
            ("tuned: 1 s schedule polling + LISTEN/NOTIFY", new Dictionary<string, string?>()),
        })
        {
            settings["Alliance:Jobs:RunServer"] = "true";
            settings["Alliance:Jobs:WorkerCount"] = "4";
            var lateness = await MeasureAsync(await server.CloneAsync(template), settings, batch);
            rows.Add($"{name,-44} {batch,5} {Percentile(lateness, 0.50),14:0} {Percentile(lateness, 0.95),14:0} {lateness.Max(),15:0}");
        }

        return rows;
    }

    private static async Task<List<double>> MeasureAsync(string connectionString, Dictionary<string, string?> settings, int batch)
    {
        await using var api = new AllianceApi(connectionString, settings, services => services.AddSingleton<IReminderComposer, Composer>());
        api.StartServer();
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var recipient = await db.Staff.OrderBy(s => s.Email).Select(s => s.Id).FirstAsync();

        // Let the server settle, then make a batch due a few seconds ahead.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var due = DateTimeOffset.UtcNow.AddSeconds(4);
        var ids = new List<Guid>();
        for (var i = 0; i < batch; i++)
        {
            var reminder = Reminder.Create(Kind, "Benchmark", Guid.CreateVersion7(), recipient, due, DateTimeOffset.UtcNow);
            db.Reminders.Add(reminder);
            ids.Add(reminder.Id);
        }

        await db.SaveChangesAsync();
        var watch = Stopwatch.StartNew();
        while (await db.Notifications.CountAsync(n => n.ReminderId != null && ids.Contains(n.ReminderId.Value)) < batch)
        {
            if (watch.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException("The batch was not delivered within two minutes.");
            }

            await Task.Delay(100);
        }

        return await db.Notifications.Where(n => n.ReminderId != null && ids.Contains(n.ReminderId.Value))
            .Select(n => n.CreatedAt)
            .ToListAsync()
            .ContinueWith(t => t.Result.Select(created => (created - due).TotalMilliseconds).ToList(), TaskScheduler.Default);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Clamp(Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private sealed class Composer : IReminderComposer
    {
        public string Kind => ReminderLatency.Kind;

        public Task<ReminderMessage?> ComposeAsync(Reminder reminder, CancellationToken cancellationToken) =>
            Task.FromResult<ReminderMessage?>(new ReminderMessage("Benchmark", "due", null));
    }
}
