using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Staff;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

using StaffRole = SpecialtyAlliance.Domain.Staff.StaffRole;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// The people an administrator (everyone) or a coordinator (their hospital) manages, by name, paged: search by a part
/// of the name or e-mail; filter by hospital, department, role and status (Invited, Active, Deactivated).
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record SearchStaff(
    string? Search, Guid? HospitalId, Guid? DepartmentId, string? Role, string? Status, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Result<PagedResponse<StaffMemberResponse>>>, IPagedQuery;

public sealed class SearchStaffValidator : AbstractValidator<SearchStaff>
{
    public SearchStaffValidator()
    {
        this.IncludePagingRules();
        RuleFor(q => q.Search).MaximumLength(100);
        RuleFor(q => q.Role).IsEnumName(typeof(StaffRole), caseSensitive: false).When(q => q.Role is not null)
            .WithMessage("Role must be one of: " + string.Join(", ", Enum.GetNames<StaffRole>()) + ".");
        RuleFor(q => q.Status).IsEnumName(typeof(StaffStatus), caseSensitive: false).When(q => q.Status is not null)
            .WithMessage("Status must be one of: " + string.Join(", ", Enum.GetNames<StaffStatus>()) + ".");
    }
}

public sealed class SearchStaffHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<SearchStaff, Result<PagedResponse<StaffMemberResponse>>>
{
    public async ValueTask<Result<PagedResponse<StaffMemberResponse>>> Handle(SearchStaff query, CancellationToken cancellationToken)
    {
        var staff = db.StaffManagedBy(user).AsNoTracking();
        if (query.HospitalId is { } hospitalId)
        {
            staff = staff.Where(s => s.HospitalId == hospitalId);
        }

        if (query.DepartmentId is { } departmentId)
        {
            staff = staff.Where(s => s.DepartmentId == departmentId);
        }

        if (query.Role is not null)
        {
            var role = Enum.Parse<StaffRole>(query.Role, ignoreCase: true);
            staff = staff.Where(s => s.Role == role);
        }

        if (query.Status is not null)
        {
            staff = Enum.Parse<StaffStatus>(query.Status, ignoreCase: true) switch
            {
                StaffStatus.Deactivated => staff.Where(s => s.DeactivatedAt != null),
                StaffStatus.Invited => staff.Where(s => s.DeactivatedAt == null && s.JoinedAt == null),
                _ => staff.Where(s => s.DeactivatedAt == null && s.JoinedAt != null),
            };
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
            staff = staff.Where(s => s.FullName.ToLower().Contains(term) || s.Email.Contains(term));
        }

        return await db.Responses(staff.OrderBy(s => s.FullName).ThenBy(s => s.Id)).ToPageAsync(query, cancellationToken);
    }
}
