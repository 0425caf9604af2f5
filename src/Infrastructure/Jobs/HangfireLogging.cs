using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SpecialtyAlliance.Infrastructure.Jobs;

/// <summary>
/// Hangfire logs through one process-wide provider (a static). Pointing it at one host's logger factory
/// breaks every other host in the process once that host is disposed (its factory throws
/// ObjectDisposedException inside Hangfire's workers, which then stop for half a minute). This provider
/// writes to whichever host is still running — in production the only one — and drops logs when none is.
/// </summary>
internal sealed class LiveHostsLogProvider : ILogProvider
{
    private static readonly Lock Gate = new();
    private static readonly List<ILoggerFactory> Live = [];

    public static LiveHostsLogProvider Instance { get; } = new();

    public ILog GetLogger(string name) => new LiveLog(name);

    public static void Attach(ILoggerFactory factory)
    {
        lock (Gate)
        {
            Live.Add(factory);
        }
    }

    public static void Detach(ILoggerFactory factory)
    {
        lock (Gate)
        {
            Live.Remove(factory);
        }
    }

    private static ILoggerFactory? Current()
    {
        lock (Gate)
        {
            return Live.Count > 0 ? Live[^1] : null;
        }
    }

    private sealed class LiveLog(string name) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (Current() is not { } factory)
            {
                return false;
            }

            try
            {
                return new AspNetCoreLogProvider(factory).GetLogger(name).Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}

/// <summary>Attaches this host's logging to Hangfire while the host runs.</summary>
internal sealed class HangfireLoggingLifetime(ILoggerFactory loggerFactory) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LiveHostsLogProvider.Attach(loggerFactory);
        GlobalConfiguration.Configuration.UseLogProvider(LiveHostsLogProvider.Instance);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        LiveHostsLogProvider.Detach(loggerFactory);
        return Task.CompletedTask;
    }
}
