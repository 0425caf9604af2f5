using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Contracts.Staff;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

using StaffRole = SpecialtyAlliance.Domain.Staff.StaffRole;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// Who manages whose account, and the shape the administration pages read. Administrators manage everyone;
/// coordinators the people of their own hospital, except administrators. A person outside that is not found.
/// </summary>
public static class StaffAccess
{
    /// <summary>The people the caller may manage (administrators: all; coordinators: their hospital's).</summary>
    public static IQueryable<StaffMember> StaffManagedBy(this IAllianceDbContext db, ICurrentUser user)
    {
        if (user.IsAdministrator)
        {
            return db.Staff;
        }

        if (user.Role != StaffRole.Coordinator || user.HospitalId is not { } hospitalId)
        {
            return db.Staff.Where(s => false);
        }

        return db.Staff.Where(s => s.HospitalId == hospitalId);
    }

    /// <summary>Whether the caller may give <paramref name="role"/> or change someone who has it: only administrators touch administrators.</summary>
    public static bool MayHandleRole(this ICurrentUser user, StaffRole role) =>
        user.IsAdministrator || role != StaffRole.Administrator;

    public static Error AdministratorsOnly() =>
        Error.Forbidden("Only administrators may give the Administrator role or change an administrator's account.");

    public static IQueryable<StaffMemberResponse> Responses(this IAllianceDbContext db, IQueryable<StaffMember> staff) =>
        from s in staff
        join h in db.Hospitals on s.HospitalId equals h.Id
        join d in db.Departments on s.DepartmentId equals d.Id into departments
        from d in departments.DefaultIfEmpty()
        select new StaffMemberResponse(
            s.Id,
            s.FullName,
            s.Title,
            s.Email,
            s.Phone,
            s.Role.ToString(),
            s.HospitalId,
            h.Name,
            s.DepartmentId,
            d == null ? null : d.Name,
            d != null && d.HeadId == s.Id,
            s.IsPartyMember,
            s.Specialties,
            s.DeactivatedAt != null ? nameof(StaffStatus.Deactivated) : s.JoinedAt == null ? nameof(StaffStatus.Invited) : nameof(StaffStatus.Active),
            s.JoinedAt,
            s.DeactivatedAt,
            s.Version);

    /// <summary>
    /// The department rules that need the database: it belongs to the person's hospital; a head has a department; the
    /// department's head follows the flag (set, moved or cleared).
    /// </summary>
    public static async Task<Result> PlaceInDepartmentAsync(
        this IAllianceDbContext db, StaffMember staff, Guid? previousDepartmentId, bool isHead, CancellationToken cancellationToken)
    {
        Department? department = null;
        if (staff.DepartmentId is { } departmentId)
        {
            department = await db.Departments.SingleOrDefaultAsync(d => d.Id == departmentId, cancellationToken);
            if (department is null || department.HospitalId != staff.HospitalId)
            {
                return Error.Validation("departmentId", "The department must be one of the person's hospital.");
            }
        }

        if (previousDepartmentId is { } previous && previous != staff.DepartmentId
            && await db.Departments.SingleOrDefaultAsync(d => d.Id == previous, cancellationToken) is { } old && old.HeadId == staff.Id)
        {
            old.AssignHead(null);
        }

        if (department is not null)
        {
            if (isHead && department.HeadId != staff.Id)
            {
                department.AssignHead(staff.Id);
            }
            else if (!isHead && department.HeadId == staff.Id)
            {
                department.AssignHead(null);
            }
        }

        return Result.Success();
    }

    /// <summary>The field rules of a person shared by create, update and import rows.</summary>
    internal static void IncludePersonRules<T>(
        this AbstractValidator<T> validator,
        System.Linq.Expressions.Expression<Func<T, string>> fullName,
        System.Linq.Expressions.Expression<Func<T, string?>> title,
        System.Linq.Expressions.Expression<Func<T, string?>> phone)
    {
        validator.RuleFor(fullName).NotEmpty().WithMessage("Enter the person's name.")
            .MaximumLength(StaffMember.NameMaxLength).WithMessage($"The name may have at most {StaffMember.NameMaxLength} characters.")
            .OverridePropertyName("fullName");
        validator.RuleFor(title).MaximumLength(StaffMember.TitleMaxLength)
            .WithMessage($"The title may have at most {StaffMember.TitleMaxLength} characters.")
            .OverridePropertyName("title");
        validator.RuleFor(phone).MaximumLength(StaffMember.PhoneMaxLength)
            .WithMessage($"The phone number may have at most {StaffMember.PhoneMaxLength} characters.")
            .Matches(@"^[0-9+\-() ]*$").WithMessage("The phone number may contain digits, spaces, +, - and brackets only.")
            .OverridePropertyName("phone");
    }

    internal static bool AreKnownSpecialties(IReadOnlyList<string>? codes) => codes is null || codes.All(Specialty.IsKnown);
}
