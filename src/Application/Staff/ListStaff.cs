using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Staff;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;
using StaffRole = SpecialtyAlliance.Domain.Staff.StaffRole;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// A hospital's staff, by name, paged; filter by department and role. What pickers need to name a person (a rotation's
/// clinician, a gap's lead mentor or supervising mentor). A hospital outside the caller's scope is not found.
/// </summary>
public sealed record ListStaff(Guid HospitalId, Guid? DepartmentId, string? Role, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Result<PagedResponse<StaffResponse>>>, IPagedQuery;

public sealed class ListStaffValidator : AbstractValidator<ListStaff>
{
    public ListStaffValidator()
    {
        this.IncludePagingRules();
        RuleFor(q => q.Role).IsEnumName(typeof(StaffRole)).When(q => q.Role is not null)
            .WithMessage("Role must be one of: " + string.Join(", ", Enum.GetNames<StaffRole>()) + ".");
    }
}

public sealed class ListStaffHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<ListStaff, Result<PagedResponse<StaffResponse>>>
{
    public async ValueTask<Result<PagedResponse<StaffResponse>>> Handle(ListStaff query, CancellationToken cancellationToken)
    {
        if (!await db.Hospitals.VisibleTo(db, user).AnyAsync(h => h.Id == query.HospitalId, cancellationToken))
        {
            return Error.NotFound("The hospital");
        }

        var staff = db.StaffVisibleTo(user).AsNoTracking().Where(s => s.HospitalId == query.HospitalId);
        if (query.DepartmentId is { } departmentId)
        {
            staff = staff.Where(s => s.DepartmentId == departmentId);
        }

        if (query.Role is not null)
        {
            var role = Enum.Parse<StaffRole>(query.Role);
            staff = staff.Where(s => s.Role == role);
        }

        return await (
                from s in staff
                join d in db.Departments on s.DepartmentId equals d.Id into departments
                from d in departments.DefaultIfEmpty()
                orderby s.FullName, s.Id
                select new StaffResponse(s.Id, s.FullName, s.Title, s.Role.ToWire(), s.HospitalId, s.DepartmentId, d == null ? null : d.Name))
            .ToPageAsync(query, cancellationToken);
    }
}
