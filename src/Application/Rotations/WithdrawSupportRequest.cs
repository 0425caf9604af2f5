using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Rotations;

/// <summary>The county hospital no longer needs the support: Open → Withdrawn (its coordinators, or an administrator).</summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record WithdrawSupportRequest(Guid Id, uint? Version) : ICommand<Result>;

public sealed class WithdrawSupportRequestHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<WithdrawSupportRequest, Result>
{
    public async ValueTask<Result> Handle(WithdrawSupportRequest command, CancellationToken cancellationToken)
    {
        var request = await db.SupportRequests.VisibleTo(db, user).SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
        if (request is null)
        {
            return Error.NotFound("The support request");
        }

        if (!user.IsAdministrator && user.HospitalId != request.CountyHospitalId)
        {
            return Error.Forbidden("Only the county hospital's own coordinators (or an administrator) may withdraw its request.");
        }

        if (db.CheckVersion(request, command.Version) is { } stale)
        {
            return stale;
        }

        return request.Withdraw(clock.GetUtcNow());
    }
}
