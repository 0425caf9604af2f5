using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// Someone who came back may sign in again with their password (audited as <c>Reactivated</c>); tokens from before the
/// deactivation stay dead. Not deactivated: 409.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record ReactivateStaffMember(Guid Id, uint? Version) : ICommand<Result>;

public sealed class ReactivateStaffMemberHandler(IAllianceDbContext db, ICurrentUser user, IAccounts accounts)
    : ICommandHandler<ReactivateStaffMember, Result>
{
    public async ValueTask<Result> Handle(ReactivateStaffMember command, CancellationToken cancellationToken)
    {
        var staff = await db.StaffManagedBy(user).SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
        if (staff is null)
        {
            return Error.NotFound("The staff member");
        }

        if (!user.MayHandleRole(staff.Role))
        {
            return StaffAccess.AdministratorsOnly();
        }

        if (db.CheckVersion(staff, command.Version) is { } stale)
        {
            return stale;
        }

        var reactivated = staff.Reactivate();
        if (!reactivated.IsSuccess)
        {
            return reactivated;
        }

        accounts.Audit(staff.Id, "Reactivated");

        // A fresh stamp: nothing from before the deactivation comes back, and no instance keeps "deactivated" cached.
        await accounts.EndSessionsAsync(staff.Id, cancellationToken);
        return Result.Success();
    }
}
