using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SpecialtyAlliance.Infrastructure.Postgres;

/// <summary>
/// Yields a ready PostgreSQL for the API: the configured connection string
/// (<c>ConnectionStrings:Alliance</c>) if there is one; otherwise the embedded default, a private
/// cluster started from this machine's PostgreSQL server programs with its data kept in a per-user
/// folder, stopped when the host stops.
/// </summary>
public static partial class EmbeddedPostgres
{
    public const string ConnectionStringName = "Alliance";
    public const string DatabaseName = "specialty_alliance";

    /// <summary>
    /// Returns the connection string to use, starting the embedded cluster when none is configured. The
    /// cluster, if any, is returned so the host can stop it on shutdown.
    /// </summary>
    public static async Task<(string ConnectionString, LocalPostgresCluster? Cluster)> ResolveAsync(
        IConfiguration configuration, ILogger logger, CancellationToken cancellationToken = default)
    {
        if (configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } configured)
        {
            return (configured, null);
        }

        var binaries = PostgresBinaries.Find() ?? throw new InvalidOperationException(
            "No database is configured (ConnectionStrings:Alliance) and no PostgreSQL server programs were found "
            + "(initdb and pg_ctl, under /usr/lib/postgresql/*/bin or on the PATH). Install them with "
            + "'sudo apt-get install postgresql postgresql-contrib', or set ConnectionStrings__Alliance.");

        var dataDirectory = configuration["Database:DataDirectory"] is { Length: > 0 } dir ? dir : DefaultDataDirectory();
        LogStarting(logger, binaries.BinDirectory, dataDirectory);
        var cluster = await LocalPostgresCluster.StartPersistentAsync(binaries, dataDirectory, cancellationToken);
        var connectionString = await cluster.EnsureDatabaseAsync(DatabaseName, cancellationToken);
        LogStarted(logger, cluster.Port);
        return (connectionString, cluster);
    }

    /// <summary>
    /// Where the embedded cluster keeps its data: under the user's data folder
    /// (<c>~/.local/share/specialty-alliance</c>); for root, whose home the <c>postgres</c> user that runs
    /// the server cannot enter, under <c>/var/lib/specialty-alliance</c>.
    /// </summary>
    public static string DefaultDataDirectory()
    {
        var root = Environment.UserName == "root"
            ? "/var/lib/specialty-alliance"
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "specialty-alliance");
        return Path.Combine(root, "postgres");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No connection string configured: starting the embedded PostgreSQL from {BinDirectory} with data in {DataDirectory}")]
    private static partial void LogStarting(ILogger logger, string binDirectory, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded PostgreSQL is listening on 127.0.0.1:{Port}")]
    private static partial void LogStarted(ILogger logger, int port);
}

/// <summary>Stops the embedded cluster when the host stops.</summary>
public sealed class EmbeddedPostgresLifetime(LocalPostgresCluster cluster) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => cluster.StopAsync();
}
