using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>
/// A specialist of a routed department takes a request from the queue. Exclusive: when several claim at once, the
/// row's version (xmin) lets exactly one save succeed; the others get 409.
/// </summary>
[RequireRoles(StaffRole.Specialist)]
public sealed record ClaimConsultation(Guid Id, uint? Version = null) : ICommand<Result>;

public sealed class ClaimConsultationHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ClaimConsultation, Result>
{
    public async ValueTask<Result> Handle(ClaimConsultation command, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadForAsync(user, command.Id, ConsultationAction.Claim, command.Version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        // Concurrency rides on the version read here: of several claims that read the same version, one saves first
        // and the others find the row changed (DbUpdateConcurrencyException → 409 concurrency).
        return loaded.Value.Claim(user.UserId!.Value, user.DepartmentId, clock.GetUtcNow());
    }
}
