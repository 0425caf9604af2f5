using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpecialtyAlliance.Application;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Infrastructure.Identity;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Infrastructure.Tests.Persistence;

/// <summary>The very first start, on an empty database: the schema is created and nothing is logged as an error.</summary>
public sealed class FirstStartTests(PostgresFixture postgres)
{
    [Fact]
    public async Task MigratingAnEmptyDatabase_LogsNoError()
    {
        var connectionString = await postgres.Server.CreateEmptyAsync();
        var logs = new CollectingLoggerProvider();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Alliance:Jobs:RunServer"] = "false" })
            .Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(logs))
            .AddApplication()
            .AddInfrastructure(connectionString, configuration)
            .AddSingleton<ICurrentUser, SystemUser>();

        await using (var provider = services.BuildServiceProvider())
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(migrate: true, seedDemo: false);
            var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        }

        logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Message}").ShouldBeEmpty();
        logs.Entries.ShouldContain(e => e.Message.Contains("Applying migration", StringComparison.Ordinal));
    }

    private sealed record Entry(string Category, LogLevel Level, string Message);

    private sealed class CollectingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Collector(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Collector(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new Entry(category, logLevel, formatter(state, exception)));
        }
    }
}
