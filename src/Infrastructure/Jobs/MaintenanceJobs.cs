using Hangfire;
using Mediator;
using SpecialtyAlliance.Application.Common.Idempotency;

namespace SpecialtyAlliance.Infrastructure.Jobs;

/// <summary>Housekeeping jobs: thin adapters that send a message, idempotent like every job.</summary>
public sealed class MaintenanceJobs(ISender sender)
{
    /// <summary>The stable id of the hourly pruning of old Idempotency-Keys.</summary>
    public const string PruneIdempotencyKeysJobId = "idempotency-keys:prune";

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task PruneIdempotencyKeysAsync(CancellationToken cancellationToken) =>
        await sender.Send(new PruneIdempotencyKeys(), cancellationToken);
}
