using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SpecialtyAlliance.Infrastructure.Jobs;

/// <summary>
/// When this instance runs jobs: registers the recurring jobs (stable ids, so every instance registers
/// the same ones) and sweeps once at start, delivering whatever fell due while no instance was running.
/// </summary>
internal sealed class JobsStartup(IRecurringJobManager recurring, IBackgroundJobClient jobs, IOptions<JobsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        RecurringJobs.Register(recurring, options.Value);
        jobs.Enqueue<ReminderJobs>(j => j.SweepAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
