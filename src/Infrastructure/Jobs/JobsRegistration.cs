using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SpecialtyAlliance.Application.Reminders;

namespace SpecialtyAlliance.Infrastructure.Jobs;

public static class JobsRegistration
{
    public const string Schema = "hangfire";

    /// <summary>
    /// Hangfire on PostgreSQL (schema <c>hangfire</c> of the same database): the client everywhere, the
    /// server when <see cref="JobsOptions.RunServer"/> is on. Fetching uses LISTEN/NOTIFY (long polling),
    /// so an enqueued job starts at once; scheduled jobs are moved to the queue every second.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, string connectionString, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();

        // The storage is this host's own singleton, not Hangfire's process-wide JobStorage.Current, so
        // several hosts in one process (tests) never write to each other's databases.
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new ConnectionFactory(connectionString), StorageOptions(options.LongPolling)));
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(LiveHostsLogProvider.Instance));
        services.AddHostedService<HangfireLoggingLifetime>();

        if (options.RunServer)
        {
            services.AddHangfireServer((provider, server) =>
            {
                // This host's own activator: Hangfire's process-wide default would resolve jobs from
                // whichever host configured it last, even after that host is gone.
                server.Activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = options.SchedulePollingInterval;
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
            });
            services.AddHostedService<JobsStartup>();
        }

        services.AddScoped<ReminderJobs>();
        services.AddScoped<MaintenanceJobs>();
        services.AddSingleton<IReminderScheduler, HangfireReminderScheduler>();
        return services;
    }

    /// <summary>Creates or upgrades Hangfire's tables (done with the migrations, so the first job needs no wait).</summary>
    public static void InstallSchema(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        PostgreSqlObjectsInstaller.Install(connection, Schema);
    }

    private static PostgreSqlStorageOptions StorageOptions(bool longPolling) => new()
    {
        SchemaName = Schema,
        PrepareSchemaIfNecessary = true,
        EnableLongPolling = longPolling,
        QueuePollInterval = longPolling ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(15),
        DistributedLockTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Hangfire's connections to the application's database.</summary>
    private sealed class ConnectionFactory(string connectionString) : IConnectionFactory
    {
        public NpgsqlConnection GetOrCreateConnection() => new(connectionString);
    }
}
