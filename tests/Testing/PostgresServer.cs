using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using SpecialtyAlliance.Application;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Infrastructure;
using SpecialtyAlliance.Infrastructure.Identity;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Infrastructure.Postgres;
using Testcontainers.PostgreSql;

namespace SpecialtyAlliance.Testing;

/// <summary>
/// The PostgreSQL server a test run uses, from the first source that is available:
/// <list type="number">
/// <item>a connection string in <c>SA_TEST_POSTGRES</c> (a server you run; each run makes its own databases);</item>
/// <item>a throwaway cluster started from this machine's PostgreSQL server programs (fast, temporary folder, fsync off);</item>
/// <item>a Testcontainers container, where a Docker engine answers.</item>
/// </list>
/// Tests isolate by database: <see cref="CreateTemplateAsync"/> migrates and seeds one template per run, and
/// <see cref="CloneAsync"/> copies it for each test class in a fraction of a second.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string EnvironmentVariable = "SA_TEST_POSTGRES";

    private readonly LocalPostgresCluster? _cluster;
    private readonly PostgreSqlContainer? _container;
    private readonly List<string> _databases = [];
    private readonly SemaphoreSlim _cloneLock = new(1, 1);
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];

    private PostgresServer(string adminConnectionString, string source, LocalPostgresCluster? cluster, PostgreSqlContainer? container)
    {
        AdminConnectionString = adminConnectionString;
        Source = source;
        _cluster = cluster;
        _container = container;
    }

    /// <summary>A connection string to the server's maintenance database, with rights to create databases.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Where the server came from (printed once per run).</summary>
    public string Source { get; }

    public LocalPostgresCluster? Cluster => _cluster;

    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return new PostgresServer(configured, $"{EnvironmentVariable}", null, null);
        }

        if (PostgresBinaries.Find() is { } binaries)
        {
            var cluster = await LocalPostgresCluster.StartThrowawayAsync(binaries, cancellationToken);
            return new PostgresServer(cluster.ConnectionString, $"throwaway cluster from {binaries.BinDirectory} on port {cluster.Port}", cluster, null);
        }

        if (DockerAvailable())
        {
            var container = new PostgreSqlBuilder("postgres:15").Build();
            await container.StartAsync(cancellationToken);
            return new PostgresServer(container.GetConnectionString(), "Testcontainers postgres:15", null, container);
        }

        throw new InvalidOperationException(
            "No PostgreSQL for the tests: set SA_TEST_POSTGRES to a connection string, install the server programs "
            + "(apt-get install postgresql postgresql-contrib), or run a Docker engine.");
    }

    /// <summary>Creates a database with the current schema and the demo alliance, to be cloned by each test class.</summary>
    public async Task<string> CreateTemplateAsync(CancellationToken cancellationToken = default)
    {
        var name = $"sa_template_{_runId}";
        var connectionString = await CreateDatabaseAsync(name, template: null, cancellationToken);

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Alliance:Jobs:RunServer"] = "false" })
            .Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddApplication()
            .AddInfrastructure(connectionString, configuration)
            .AddSingleton<ICurrentUser, SystemUser>();
        await using (var provider = services.BuildServiceProvider())
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
                .InitializeAsync(migrate: true, seedDemo: true, cancellationToken);
        }

        // A template must have no open connections while it is copied.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        await ExecuteAsync($"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS false", cancellationToken);
        return name;
    }

    /// <summary>A new database copied from <paramref name="template"/>; returns its connection string.</summary>
    public async Task<string> CloneAsync(string template, CancellationToken cancellationToken = default)
    {
        var name = $"sa_{_runId}_{Guid.NewGuid().ToString("N")[..10]}";
        return await CreateDatabaseAsync(name, template, cancellationToken);
    }

    /// <summary>A new empty database (no schema); returns its connection string.</summary>
    public Task<string> CreateEmptyAsync(CancellationToken cancellationToken = default) =>
        CreateDatabaseAsync($"sa_{_runId}_{Guid.NewGuid().ToString("N")[..10]}", null, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
        else if (_container is not null)
        {
            await _container.DisposeAsync();
        }
        else
        {
            // A server we did not start: drop what this run created.
            foreach (var database in _databases.AsEnumerable().Reverse())
            {
                await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", CancellationToken.None);
            }
        }

        _cloneLock.Dispose();
    }

    private async Task<string> CreateDatabaseAsync(string name, string? template, CancellationToken cancellationToken)
    {
        // PostgreSQL refuses to copy a template that another CREATE DATABASE is copying at the same moment.
        await _cloneLock.WaitAsync(cancellationToken);
        try
        {
            await ExecuteAsync(
                template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"",
                cancellationToken);
            _databases.Add(name);
        }
        finally
        {
            _cloneLock.Release();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = name,
            MaxPoolSize = 40,
            ConnectionIdleLifetime = 15,
        }.ConnectionString;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static bool DockerAvailable() =>
        Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } || File.Exists("/var/run/docker.sock");
}
