using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>The claiming specialist starts the scheduled consultation (Scheduled → InProgress).</summary>
[RequireRoles(StaffRole.Specialist)]
public sealed record StartConsultation(Guid Id, uint? Version = null) : ICommand<Result>;

public sealed class StartConsultationHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<StartConsultation, Result>
{
    public async ValueTask<Result> Handle(StartConsultation command, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadForAsync(user, command.Id, ConsultationAction.Start, command.Version, cancellationToken);
        return loaded.IsSuccess ? loaded.Value.Start(user.UserId!.Value, clock.GetUtcNow()) : loaded.Error;
    }
}
