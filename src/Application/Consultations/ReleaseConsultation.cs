using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>The claiming specialist gives the request back: it returns to the queue, unclaimed.</summary>
[RequireRoles(StaffRole.Specialist)]
public sealed record ReleaseConsultation(Guid Id, uint? Version = null) : ICommand<Result>;

public sealed class ReleaseConsultationHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ReleaseConsultation, Result>
{
    public async ValueTask<Result> Handle(ReleaseConsultation command, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadForAsync(user, command.Id, ConsultationAction.Release, command.Version, cancellationToken);
        return loaded.IsSuccess ? loaded.Value.Release(user.UserId!.Value, clock.GetUtcNow()) : loaded.Error;
    }
}
