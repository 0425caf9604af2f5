using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// A leaver: they cannot sign in any more and every session they have ends at once — their bearer tokens and cookies
/// answer 401 on the next call. Their name stays on what they did. Audited as <c>Deactivated</c>. Nobody deactivates
/// themselves; already deactivated: 409 <c>invalid_transition</c>.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record DeactivateStaffMember(Guid Id, uint? Version) : ICommand<Result>;

public sealed class DeactivateStaffMemberHandler(IAllianceDbContext db, ICurrentUser user, IAccounts accounts, TimeProvider clock)
    : ICommandHandler<DeactivateStaffMember, Result>
{
    public async ValueTask<Result> Handle(DeactivateStaffMember command, CancellationToken cancellationToken)
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

        if (staff.Id == user.UserId)
        {
            return Error.Conflict("own_account", "You cannot deactivate your own account; ask another administrator.");
        }

        if (db.CheckVersion(staff, command.Version) is { } stale)
        {
            return stale;
        }

        var deactivated = staff.Deactivate(clock.GetUtcNow());
        if (!deactivated.IsSuccess)
        {
            return deactivated;
        }

        accounts.Audit(staff.Id, "Deactivated");
        await accounts.EndSessionsAsync(staff.Id, cancellationToken);
        return Result.Success();
    }
}
