using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Application.Staff;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Infrastructure.Persistence;

namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>
/// <see cref="IStaffOnboarding"/>: checks what needs the database and the caller, then creates the account (no
/// password), the staff record and the invitation, inside the caller's unit of work. Another hospital than the
/// coordinator's own: not found; the Administrator role by a non-administrator: forbidden; an e-mail in use: 409
/// <c>email_taken</c> on <c>email</c>; a department of another hospital, specialties of a non-specialist, a head
/// without a department: 400 on the field.
/// </summary>
public sealed class StaffOnboarding(
    AllianceDbContext db, UserManager<AppUser> users, ICurrentUser user, AllianceAccounts accounts) : IStaffOnboarding
{
    public async ValueTask<Result<StaffInvitation>> CreateAsync(NewStaffMember person, CancellationToken cancellationToken)
    {
        if (!user.CanManageHospital(person.HospitalId)
            || await db.Hospitals.AsNoTracking().SingleOrDefaultAsync(h => h.Id == person.HospitalId, cancellationToken) is null)
        {
            return Error.NotFound("The hospital");
        }

        if (!user.MayHandleRole(person.Role))
        {
            return StaffAccess.AdministratorsOnly();
        }

        var fieldErrors = new Dictionary<string, string[]>();
        if (person.Role != StaffRole.Specialist && person.Specialties.Count > 0)
        {
            fieldErrors["specialties"] = ["Only specialists have specialties of their own."];
        }
        else if (!person.Specialties.All(Specialty.IsKnown))
        {
            fieldErrors["specialties"] = ["Specialties must be codes of the catalogue (GET /api/specialties)."];
        }

        if (person.IsDepartmentHead && person.DepartmentId is null)
        {
            fieldErrors["departmentId"] = ["A department head needs a department."];
        }

        if (fieldErrors.Count > 0)
        {
            return Error.Validation(fieldErrors);
        }

        var email = person.Email.Trim().ToLowerInvariant();
        if (await db.Staff.AnyAsync(s => s.Email == email, cancellationToken) || await users.FindByEmailAsync(email) is not null)
        {
            return new Error(ErrorKind.Conflict, "email_taken", $"Someone already has the e-mail address {email}.")
            {
                FieldErrors = new Dictionary<string, string[]> { ["email"] = [$"Someone already has the e-mail address {email}."] },
            };
        }

        var staff = StaffMember.Create(
            Guid.CreateVersion7(), person.FullName, email, person.Role, person.HospitalId, person.DepartmentId, person.Title,
            person.Phone, person.IsPartyMember, person.Specialties);
        var account = new AppUser { Id = staff.Id, UserName = email, Email = email };
        var created = await users.CreateAsync(account);
        if (!created.Succeeded)
        {
            return Error.Validation("email", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        db.Staff.Add(staff);
        var placed = await db.PlaceInDepartmentAsync(staff, null, person.IsDepartmentHead, cancellationToken);
        if (!placed.IsSuccess)
        {
            return placed.Error!;
        }

        return await accounts.InviteAsync(account, staff, cancellationToken);
    }
}
