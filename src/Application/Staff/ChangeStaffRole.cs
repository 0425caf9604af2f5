using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// Gives a person another role (<c>If-Match</c>; audited as <c>RoleChanged</c>). Only administrators give or take the
/// Administrator role; nobody changes their own. The person's sessions end, so the new role applies from their next
/// sign-in (a token carries the role it was issued with). A role other than Specialist drops the person's specialties.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record ChangeStaffRole(Guid Id, string Role, uint? Version) : ICommand<Result>;

public sealed class ChangeStaffRoleValidator : AbstractValidator<ChangeStaffRole>
{
    public ChangeStaffRoleValidator() =>
        RuleFor(c => c.Role).NotEmpty().IsEnumName(typeof(StaffRole))
            .WithMessage("Role must be one of: " + string.Join(", ", Enum.GetNames<StaffRole>()) + ".");
}

public sealed class ChangeStaffRoleHandler(IAllianceDbContext db, ICurrentUser user, IAccounts accounts) : ICommandHandler<ChangeStaffRole, Result>
{
    public async ValueTask<Result> Handle(ChangeStaffRole command, CancellationToken cancellationToken)
    {
        var staff = await db.StaffManagedBy(user).SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
        if (staff is null)
        {
            return Error.NotFound("The staff member");
        }

        var role = Enum.Parse<StaffRole>(command.Role);
        if (!user.MayHandleRole(staff.Role) || !user.MayHandleRole(role))
        {
            return StaffAccess.AdministratorsOnly();
        }

        if (staff.Id == user.UserId)
        {
            return Error.Conflict("own_account", "You cannot change your own role; ask another administrator.");
        }

        if (db.CheckVersion(staff, command.Version) is { } stale)
        {
            return stale;
        }

        if (staff.Role == role)
        {
            return Result.Success();
        }

        var from = staff.Role;
        staff.ChangeRole(role);
        if (role != StaffRole.Specialist)
        {
            staff.Update(staff.FullName, staff.Title, staff.Phone, staff.DepartmentId, staff.IsPartyMember, []);
        }

        accounts.Audit(staff.Id, "RoleChanged", new { role = new { from = from.ToString(), to = role.ToString() } });
        await accounts.EndSessionsAsync(staff.Id, cancellationToken);
        return Result.Success();
    }
}
