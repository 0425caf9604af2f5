using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// A fresh invitation (7 days) for someone who has not joined yet; the links sent before stop working. E-mailed when
/// SMTP is configured. Already joined: 409 <c>already_joined</c> (they can use "forgot password"); deactivated: 409.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record ResendInvitation(Guid Id) : ICommand<Result<StaffInvitation>>;

public sealed class ResendInvitationHandler(IAllianceDbContext db, ICurrentUser user, IAccounts accounts)
    : ICommandHandler<ResendInvitation, Result<StaffInvitation>>
{
    public async ValueTask<Result<StaffInvitation>> Handle(ResendInvitation command, CancellationToken cancellationToken)
    {
        var staff = await db.StaffManagedBy(user).AsNoTracking().SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
        if (staff is null)
        {
            return Error.NotFound("The staff member");
        }

        if (!user.MayHandleRole(staff.Role))
        {
            return StaffAccess.AdministratorsOnly();
        }

        return staff.Status switch
        {
            StaffStatus.Active => Error.Conflict("already_joined", "This person has already set a password; they can use \"forgot password\"."),
            StaffStatus.Deactivated => Error.Conflict("deactivated", "Reactivate the person before inviting them again."),
            _ => await accounts.InviteAgainAsync(staff.Id, cancellationToken),
        };
    }
}
