using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Infrastructure.Identity;
using SpecialtyAlliance.Infrastructure.Jobs;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Infrastructure.Postgres;

namespace SpecialtyAlliance.Api;

/// <summary>
/// The worker-only instance (<c>Alliance:Mode=Worker</c>): runs the Hangfire server against the shared
/// database and serves no HTTP. Live pushes go out through the Redis backplane when one is configured.
/// It needs a configured database — an embedded one belongs to the instance that started it.
/// </summary>
public static class WorkerHost
{
    public static IHost Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var builder = Host.CreateApplicationBuilder(args);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Configuration[$"{JobsOptions.Section}:RunServer"] = "true";
        var connectionString = builder.Configuration.GetConnectionString(EmbeddedPostgres.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "A worker-only instance needs ConnectionStrings:Alliance (the database the web instances use).");
        }

        builder.Services.AddCore(builder.Configuration, connectionString, embeddedCluster: null);
        builder.Services.AddSingleton<ICurrentUser, SystemUser>();
        configureServices?.Invoke(builder.Services);
        return builder.Build();
    }

    public static async Task RunAsync(string[] args)
    {
        using var host = Build(args);
        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AllianceOptions>>().Value;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(options.MigrateOnStart, seedDemo: false);
        }

        await host.RunAsync();
    }
}
