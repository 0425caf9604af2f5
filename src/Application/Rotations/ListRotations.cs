using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Rotations;
using RotationRole = SpecialtyAlliance.Domain.Rotations.RotationRole;
using RotationStatus = SpecialtyAlliance.Domain.Rotations.RotationStatus;

namespace SpecialtyAlliance.Application.Rotations;

/// <summary>
/// Rotations in the caller's scope, latest start first. Filters: status, role, hospital (host or home), host
/// department, clinician, support request, and a period the rotation overlaps (from/to, both inclusive).
/// </summary>
public sealed record ListRotations(
    string? Status,
    string? Role,
    Guid? HospitalId,
    Guid? HostDepartmentId,
    Guid? ClinicianId,
    Guid? SupportRequestId,
    DateOnly? From,
    DateOnly? To,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<Result<PagedResponse<RotationResponse>>>, IPagedQuery;

public sealed class ListRotationsValidator : AbstractValidator<ListRotations>
{
    public ListRotationsValidator()
    {
        this.IncludePagingRules();
        RuleFor(q => q.Status).IsEnumName(typeof(RotationStatus)).When(q => q.Status is not null)
            .WithMessage("Status must be one of: " + string.Join(", ", Enum.GetNames<RotationStatus>()) + ".");
        RuleFor(q => q.Role).IsEnumName(typeof(RotationRole)).When(q => q.Role is not null)
            .WithMessage("Role must be one of: " + string.Join(", ", Enum.GetNames<RotationRole>()) + ".");
        RuleFor(q => q.To).Must((q, to) => to >= q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' cannot be before 'from'.");
    }
}

public sealed class ListRotationsHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<ListRotations, Result<PagedResponse<RotationResponse>>>
{
    public async ValueTask<Result<PagedResponse<RotationResponse>>> Handle(ListRotations query, CancellationToken cancellationToken)
    {
        var rotations = db.Rotations.AsNoTracking().VisibleTo(db, user);
        if (query.Status is not null)
        {
            var status = Enum.Parse<RotationStatus>(query.Status);
            rotations = rotations.Where(r => r.Status == status);
        }

        if (query.Role is not null)
        {
            var role = Enum.Parse<RotationRole>(query.Role);
            rotations = rotations.Where(r => r.Role == role);
        }

        if (query.HospitalId is { } hospitalId)
        {
            rotations = rotations.Where(r => r.HostHospitalId == hospitalId || r.HomeHospitalId == hospitalId);
        }

        if (query.HostDepartmentId is { } departmentId)
        {
            rotations = rotations.Where(r => r.HostDepartmentId == departmentId);
        }

        if (query.ClinicianId is { } clinicianId)
        {
            rotations = rotations.Where(r => r.ClinicianId == clinicianId);
        }

        if (query.SupportRequestId is { } requestId)
        {
            rotations = rotations.Where(r => r.SupportRequestId == requestId);
        }

        if (query.From is { } from)
        {
            rotations = rotations.Where(r => r.EndsOn >= from);
        }

        if (query.To is { } to)
        {
            rotations = rotations.Where(r => r.StartsOn <= to);
        }

        var page = await rotations
            .OrderByDescending(r => r.StartsOn).ThenBy(r => r.Id)
            .ToResponses(db)
            .ToPageAsync(query, cancellationToken);
        var isCityCoordinator = await db.IsCityCoordinatorAsync(user, cancellationToken);
        return page with { Items = [.. page.Items.Select(x => x.WithActions(user, isCityCoordinator))] };
    }
}
