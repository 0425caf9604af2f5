using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace SpecialtyAlliance.Infrastructure.Postgres;

/// <summary>
/// A private PostgreSQL cluster run from the machine's server programs, listening on a free loopback
/// port only. Two flavours: <see cref="StartPersistentAsync"/> keeps its data in a folder across runs
/// (the API's embedded default); <see cref="StartThrowawayAsync"/> lives in a temporary folder with
/// fsync off and is deleted when stopped (tests). PostgreSQL refuses to run as root, so when this
/// process is root the cluster runs as the <c>postgres</c> system user.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private const string SuperUser = "postgres";

    private readonly PostgresBinaries _binaries;
    private readonly bool _throwaway;
    private readonly string? _runAs;
    private Process? _watchdog;
    private int _stopped;

    private LocalPostgresCluster(PostgresBinaries binaries, string dataDirectory, int port, string password, bool throwaway, string? runAs)
    {
        _binaries = binaries;
        DataDirectory = dataDirectory;
        Port = port;
        _throwaway = throwaway;
        _runAs = runAs;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = SuperUser,
            Password = password,
            Database = "postgres",
        }.ConnectionString;
    }

    public string DataDirectory { get; }

    public int Port { get; }

    /// <summary>A connection string to the cluster's <c>postgres</c> database as its superuser.</summary>
    public string ConnectionString { get; }

    /// <summary>The postmaster's process id, read from its pid file (for checks that it has gone).</summary>
    public int? ServerProcessId
    {
        get
        {
            var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
            try
            {
                return File.Exists(pidFile)
                    && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), CultureInfo.InvariantCulture, out var pid)
                    ? pid
                    : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Starts (creating on first use) a cluster whose data lives in <paramref name="dataDirectory"/>, so
    /// what it holds survives restarts. The superuser's password is generated once and kept beside the data.
    /// </summary>
    public static async Task<LocalPostgresCluster> StartPersistentAsync(
        PostgresBinaries binaries, string dataDirectory, CancellationToken cancellationToken = default)
    {
        var runAs = RunAsUser();
        var parent = Path.GetDirectoryName(Path.GetFullPath(dataDirectory))!;
        Directory.CreateDirectory(parent);
        var passwordFile = Path.Combine(parent, "superuser-password");
        string password;
        if (File.Exists(Path.Combine(dataDirectory, "PG_VERSION")) && File.Exists(passwordFile))
        {
            password = (await File.ReadAllTextAsync(passwordFile, cancellationToken)).Trim();
        }
        else
        {
            password = NewPassword();
            await InitAsync(binaries, dataDirectory, password, runAs, cancellationToken);
            await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        var cluster = new LocalPostgresCluster(binaries, dataDirectory, FreePort(), password, throwaway: false, runAs);
        await cluster.StopStaleServerAsync(cancellationToken);
        await cluster.StartServerAsync(fastAndLoose: false, cancellationToken);
        return cluster;
    }

    /// <summary>
    /// Starts a new cluster in a temporary folder with durability off (fast), for tests. The folder and
    /// the server go when it is disposed, and a watchdog ends both if this process dies first.
    /// </summary>
    public static async Task<LocalPostgresCluster> StartThrowawayAsync(
        PostgresBinaries binaries, CancellationToken cancellationToken = default)
    {
        var runAs = RunAsUser();
        var root = Path.Combine(Path.GetTempPath(), "sa-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var dataDirectory = Path.Combine(root, "data");
        var password = NewPassword();
        await InitAsync(binaries, dataDirectory, password, runAs, cancellationToken);
        var cluster = new LocalPostgresCluster(binaries, dataDirectory, FreePort(), password, throwaway: true, runAs);
        await cluster.StartServerAsync(fastAndLoose: true, cancellationToken);
        cluster.StartWatchdog(root);
        return cluster;
    }

    /// <summary>Creates <paramref name="database"/> if it does not exist and returns a connection string to it.</summary>
    public async Task<string> EnsureDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection))
        {
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;
    }

    /// <summary>Stops the server (and, for a throwaway cluster, deletes its folder). Safe to call twice.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await RunPgAsync(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "30"], CancellationToken.None, throwOnError: false);
        if (_watchdog is { HasExited: false })
        {
            _watchdog.Kill();
        }

        _watchdog?.Dispose();
        if (_throwaway)
        {
            var root = Path.GetDirectoryName(DataDirectory)!;
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open; the temporary folder is cleaned by the system.
            }
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task StartServerAsync(bool fastAndLoose, CancellationToken cancellationToken)
    {
        var options = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"-c listen_addresses=127.0.0.1 -c port={Port} -c unix_socket_directories='' -c max_connections=300");
        if (fastAndLoose)
        {
            options.Append(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=64MB");
        }

        var log = Path.Combine(DataDirectory, "server.log");
        await RunPgAsync(_binaries.PgCtl, ["start", "-D", DataDirectory, "-l", log, "-w", "-t", "60", "-o", options.ToString()], cancellationToken);
    }

    private async Task StopStaleServerAsync(CancellationToken cancellationToken)
    {
        // A server left running by a process that was killed holds the folder; stop it and start ours.
        var status = await RunPgAsync(_binaries.PgCtl, ["status", "-D", DataDirectory], cancellationToken, throwOnError: false);
        if (status == 0)
        {
            await RunPgAsync(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w"], cancellationToken, throwOnError: false);
        }
    }

    private void StartWatchdog(string root)
    {
        // Ends the server and removes its folder if this process goes away without disposing the cluster
        // (a crashed or killed test run), so no server is ever left behind.
        var pid = Environment.ProcessId;
        var script = $"while kill -0 {pid} 2>/dev/null; do sleep 1; done; "
            + $"{Command(_binaries.PgCtl)} stop -D '{DataDirectory}' -m immediate -w >/dev/null 2>&1; rm -rf '{root}'";
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        _watchdog = Process.Start(start);
    }

    private string Command(string program) => _runAs is null ? program : $"runuser -u {_runAs} -- {program}";

    private static async Task InitAsync(
        PostgresBinaries binaries, string dataDirectory, string password, string? runAs, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        var passwordFile = Path.Combine(Path.GetTempPath(), "sa-pgpw-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
        try
        {
            if (runAs is not null)
            {
                await RunAsync("chown", ["-R", runAs, Path.GetDirectoryName(dataDirectory)!, passwordFile], cancellationToken);
            }
            else if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            await RunAsync(
                binaries.InitDb,
                ["-D", dataDirectory, "-U", SuperUser, "--pwfile", passwordFile, "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C.UTF-8", "--no-sync"],
                cancellationToken,
                runAs: runAs);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private Task<int> RunPgAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken, bool throwOnError = true) =>
        RunAsync(program, arguments, cancellationToken, throwOnError, _runAs);

    private static async Task<int> RunAsync(
        string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken, bool throwOnError = true, string? runAs = null)
    {
        var start = new ProcessStartInfo(runAs is null ? program : "runuser")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        if (runAs is not null)
        {
            foreach (var part in (string[])["-u", runAs, "--", program])
            {
                start.ArgumentList.Add(part);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        process.StandardInput.Close();

        // Read both streams to their end before waiting: pg_ctl start leaves the server holding a
        // copy of stdout, so only the log file (-l) keeps the streams from staying open.
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 && throwOnError)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: "
                + (await stderr).Trim() + " " + (await stdout).Trim());
        }

        return process.ExitCode;
    }

    /// <summary>The user to run the server as: <c>postgres</c> when this process is root, otherwise ourselves.</summary>
    private static string? RunAsUser() => Environment.UserName == "root" ? "postgres" : null;

    private static string NewPassword() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
