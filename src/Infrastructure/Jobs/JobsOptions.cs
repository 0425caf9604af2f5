using System.ComponentModel.DataAnnotations;

namespace SpecialtyAlliance.Infrastructure.Jobs;

/// <summary>Background jobs (section <c>Alliance:Jobs</c>), validated at start.</summary>
public sealed class JobsOptions
{
    public const string Section = "Alliance:Jobs";

    /// <summary>Run a Hangfire server in this process (off for an instance that only serves HTTP).</summary>
    public bool RunServer { get; set; } = true;

    [Range(1, 64, ErrorMessage = "Alliance:Jobs:WorkerCount must be between 1 and 64.")]
    public int WorkerCount { get; set; } = 4;

    /// <summary>
    /// How often scheduled jobs are moved to the queue. Hangfire's default is 15 s, which would let a
    /// reminder start up to ~30 s late; 1 s keeps deliveries within about 2 s of their due time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:01:00", ErrorMessage = "Alliance:Jobs:SchedulePollingInterval must be between 0.2 s and 1 minute.")]
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Fetch enqueued jobs on PostgreSQL's LISTEN/NOTIFY instead of polling the queue every second.</summary>
    public bool LongPolling { get; set; } = true;

    /// <summary>The sweeper's schedule (cron); it delivers any due reminder whose job was lost.</summary>
    [Required]
    public string SweepCron { get; set; } = "* * * * *";
}
