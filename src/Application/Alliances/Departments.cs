using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Alliances;

/// <summary>A hospital's departments; a hospital outside the caller's scope is not found.</summary>
public sealed record ListDepartments(Guid HospitalId) : IQuery<Result<IReadOnlyList<DepartmentResponse>>>;

public sealed class ListDepartmentsHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<ListDepartments, Result<IReadOnlyList<DepartmentResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<DepartmentResponse>>> Handle(ListDepartments query, CancellationToken cancellationToken)
    {
        if (!await db.Hospitals.VisibleTo(db, user).AnyAsync(h => h.Id == query.HospitalId, cancellationToken))
        {
            return Error.NotFound("The hospital");
        }

        var departments = await db.Departments.AsNoTracking()
            .Where(d => d.HospitalId == query.HospitalId)
            .OrderBy(d => d.Name)
            .ToListAsync(cancellationToken);
        return departments.Select(d => d.ToResponse()).ToList();
    }
}

public sealed record GetDepartment(Guid Id) : IQuery<Result<DepartmentResponse>>;

public sealed class GetDepartmentHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<GetDepartment, Result<DepartmentResponse>>
{
    public async ValueTask<Result<DepartmentResponse>> Handle(GetDepartment query, CancellationToken cancellationToken)
    {
        var department = await db.Departments.AsNoTracking().VisibleTo(db, user)
            .SingleOrDefaultAsync(d => d.Id == query.Id, cancellationToken);
        return department is null ? Error.NotFound("The department") : department.ToResponse();
    }
}

/// <summary>Adds a department to a hospital: administrators, or that hospital's coordinators.</summary>
public sealed record CreateDepartment(Guid HospitalId, DepartmentRequest Department, string? IdempotencyKey = null) : IIdempotentCreate
{
    object? IIdempotentCreate.Body => new { HospitalId, Department };
}

public sealed class CreateDepartmentValidator : AbstractValidator<CreateDepartment>
{
    public CreateDepartmentValidator()
    {
        RuleFor(c => c.Department.Name).NotEmpty().MaximumLength(Department.NameMaxLength).OverridePropertyName("name");
        RuleFor(c => c.Department.Specialty).Must(Specialty.IsKnown).OverridePropertyName("specialty")
            .WithMessage("Specialty must be a code of the catalogue (GET /api/specialties).");
    }
}

public sealed class CreateDepartmentHandler(IAllianceDbContext db, ICurrentUser user)
    : ICommandHandler<CreateDepartment, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CreateDepartment command, CancellationToken cancellationToken)
    {
        if (!await db.Hospitals.VisibleTo(db, user).AnyAsync(h => h.Id == command.HospitalId, cancellationToken))
        {
            return Error.NotFound("The hospital");
        }

        if (!user.CanManageHospital(command.HospitalId))
        {
            return Error.Forbidden("Only administrators and the hospital's own coordinators may add departments.");
        }

        var name = command.Department.Name.Trim();
        if (await db.Departments.AnyAsync(d => d.HospitalId == command.HospitalId && d.Name == name, cancellationToken))
        {
            return Error.Conflict("duplicate_name", $"The hospital already has a department named '{name}'.");
        }

        var department = Department.Create(command.HospitalId, name, command.Department.Specialty);
        db.Departments.Add(department);
        return department.Id;
    }
}
