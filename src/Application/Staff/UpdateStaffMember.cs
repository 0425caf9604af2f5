using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Staff;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

using StaffRole = SpecialtyAlliance.Domain.Staff.StaffRole;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// Corrects a person: name, title, phone, department (of their hospital), department head, party membership,
/// specialties (specialists only). Needs the version read (<c>If-Match</c>); audited field by field.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record UpdateStaffMember(Guid Id, StaffMemberUpdateRequest Person, uint? Version) : ICommand<Result>;

public sealed class UpdateStaffMemberValidator : AbstractValidator<UpdateStaffMember>
{
    public UpdateStaffMemberValidator()
    {
        RuleFor(c => c.Person).NotNull();
        When(c => c.Person is not null, () =>
        {
            this.IncludePersonRules(c => c.Person.FullName, c => c.Person.Title, c => c.Person.Phone);
            RuleFor(c => c.Person.Specialties).Must(StaffAccess.AreKnownSpecialties)
                .WithMessage("Specialties must be codes of the catalogue (GET /api/specialties).")
                .OverridePropertyName("specialties");
            RuleFor(c => c.Person.DepartmentId).NotNull().When(c => c.Person.IsDepartmentHead)
                .WithMessage("A department head needs a department.").OverridePropertyName("departmentId");
        });
    }
}

public sealed class UpdateStaffMemberHandler(IAllianceDbContext db, ICurrentUser user) : ICommandHandler<UpdateStaffMember, Result>
{
    public async ValueTask<Result> Handle(UpdateStaffMember command, CancellationToken cancellationToken)
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

        var p = command.Person;
        if (staff.Role != StaffRole.Specialist && p.Specialties is { Count: > 0 })
        {
            return Error.Validation("specialties", "Only specialists have specialties of their own.");
        }

        var previousDepartment = staff.DepartmentId;
        staff.Update(p.FullName, p.Title, p.Phone, p.DepartmentId, p.IsPartyMember, p.Specialties ?? []);
        return await db.PlaceInDepartmentAsync(staff, previousDepartment, p.IsDepartmentHead, cancellationToken);
    }
}
