using System.Diagnostics;
using Npgsql;
using SpecialtyAlliance.Infrastructure.Postgres;

namespace SpecialtyAlliance.Infrastructure.Tests.Postgres;

/// <summary>The component that yields a PostgreSQL on any machine with the server programs installed.</summary>
public sealed class LocalPostgresClusterTests
{
    private static PostgresBinaries Binaries =>
        PostgresBinaries.Find() ?? throw new InvalidOperationException("These tests need PostgreSQL's server programs; the test command installs them.");

    /// <summary>Whether the process is alive (an exited process not yet reaped by its parent, a zombie, is not).</summary>
    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[stat.LastIndexOf(')') + 2];
            return state is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>pg_ctl returns once the server has removed its pid file; the process itself ends a moment later.</summary>
    private static async Task<bool> EndsWithin(int pid, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (IsRunning(pid))
        {
            if (deadline.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task Throwaway_StartsOnLoopback_AndStopping_LeavesNoProcessAndNoFolder()
    {
        var cluster = await LocalPostgresCluster.StartThrowawayAsync(Binaries);
        var pid = cluster.ServerProcessId!.Value;
        var folder = Path.GetDirectoryName(cluster.DataDirectory)!;

        (await ScalarAsync(cluster.ConnectionString, "SELECT current_setting('listen_addresses')")).ShouldBe("127.0.0.1");
        (await ScalarAsync(cluster.ConnectionString, "SELECT current_setting('fsync')")).ShouldBe("off");
        (await ScalarAsync(cluster.ConnectionString, "SELECT count(*) FROM pg_available_extensions WHERE name = 'btree_gist'")).ShouldBe(1L);
        IsRunning(pid).ShouldBeTrue();

        await cluster.StopAsync();

        (await EndsWithin(pid, TimeSpan.FromSeconds(5))).ShouldBeTrue("the server process must be gone after stop");
        Directory.Exists(folder).ShouldBeFalse("the temporary folder must be removed");
        await Should.ThrowAsync<NpgsqlException>(() => ScalarAsync(cluster.ConnectionString, "SELECT 1"));
    }

    [Fact]
    public async Task Persistent_KeepsItsDataAcrossRestarts_AndStopsCleanly()
    {
        var root = Path.Combine(Path.GetTempPath(), "sa-persistent-" + Guid.NewGuid().ToString("N")[..8]);
        var dataDirectory = Path.Combine(root, "postgres");
        try
        {
            await using (var first = await LocalPostgresCluster.StartPersistentAsync(Binaries, dataDirectory))
            {
                var database = await first.EnsureDatabaseAsync("keep_me");
                await ScalarAsync(database, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
                (await ScalarAsync(first.ConnectionString, "SELECT current_setting('fsync')")).ShouldBe("on");
            }

            var second = await LocalPostgresCluster.StartPersistentAsync(Binaries, dataDirectory);
            var pid = second.ServerProcessId!.Value;
            var again = await second.EnsureDatabaseAsync("keep_me");
            (await ScalarAsync(again, "SELECT value FROM kept")).ShouldBe("still here");
            await second.StopAsync();

            (await EndsWithin(pid, TimeSpan.FromSeconds(5))).ShouldBeTrue();
            Directory.Exists(dataDirectory).ShouldBeTrue("a persistent cluster keeps its folder");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Persistent_TakesOverFromAServerLeftRunning_ByAKilledProcess()
    {
        var root = Path.Combine(Path.GetTempPath(), "sa-stale-" + Guid.NewGuid().ToString("N")[..8]);
        var dataDirectory = Path.Combine(root, "postgres");
        try
        {
            // A first owner that never stops its server, as if it were killed.
            var abandoned = await LocalPostgresCluster.StartPersistentAsync(Binaries, dataDirectory);
            var stalePid = abandoned.ServerProcessId!.Value;

            await using var next = await LocalPostgresCluster.StartPersistentAsync(Binaries, dataDirectory);

            (await EndsWithin(stalePid, TimeSpan.FromSeconds(5))).ShouldBeTrue("the stale server is stopped before a new one starts");
            (await ScalarAsync(next.ConnectionString, "SELECT 1")).ShouldBe(1);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
