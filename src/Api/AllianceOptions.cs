using System.ComponentModel.DataAnnotations;

namespace SpecialtyAlliance.Api;

/// <summary>The host's settings (section <c>Alliance</c>), validated at start: a bad value stops the host with a clear message.</summary>
public sealed class AllianceOptions
{
    public const string Section = "Alliance";

    /// <summary>
    /// What this instance does: <see cref="InstanceMode.All"/> serves HTTP and runs jobs;
    /// <see cref="InstanceMode.Web"/> only serves; <see cref="InstanceMode.Worker"/> only runs jobs.
    /// </summary>
    public InstanceMode Mode { get; set; } = InstanceMode.All;

    /// <summary>Apply pending migrations at start (on by default; off where a deploy step migrates).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>
    /// Load the Ankang demo alliance into an empty database, and print the demo sign-ins. Off unless asked for
    /// (<c>scripts/run.sh</c> and docker-compose ask): a real start begins empty, with the bootstrap administrator.
    /// </summary>
    public bool SeedDemoData { get; set; }

    /// <summary>How long a bearer token lasts.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00", ErrorMessage = "Alliance:TokenLifetime must be between 5 minutes and 7 days.")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// A web client published on its own (the folder <c>dotnet publish src/Web -c Release</c> writes: <c>wwwroot</c> and
    /// its endpoints manifest) to serve instead of the one built with the host. Empty: the host's own (a published
    /// host carries the Release client; a build serves the build's). The browser journeys set it, so what they measure
    /// is what users get.
    /// </summary>
    public string? WebClient { get; set; }
}

public enum InstanceMode
{
    All,
    Web,
    Worker,
}
