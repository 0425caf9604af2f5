using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;

using PairingStatus = SpecialtyAlliance.Domain.Alliances.PairingStatus;

namespace SpecialtyAlliance.Application.Alliances;

/// <summary>
/// Corrects a department's name and specialty (<see cref="EditRules.MayEditDepartment"/>: administrators, the hospital's
/// coordinators). A department serving a pairing that has not ended keeps its specialty (409 <c>department_in_pairing</c>).
/// </summary>
public sealed record UpdateDepartment(Guid Id, UpdateDepartmentRequest Department, uint Version) : ICommand<Result>;

public sealed class UpdateDepartmentValidator : AbstractValidator<UpdateDepartment>
{
    public UpdateDepartmentValidator()
    {
        RuleFor(c => c.Department.Name).NotEmpty().MaximumLength(Department.NameMaxLength).OverridePropertyName("name");
        RuleFor(c => c.Department.Specialty).Must(Specialty.IsKnown).OverridePropertyName("specialty")
            .WithMessage("Specialty must be a code of the catalogue (GET /api/specialties).");
    }
}

public sealed class UpdateDepartmentHandler(IAllianceDbContext db, ICurrentUser user) : ICommandHandler<UpdateDepartment, Result>
{
    public async ValueTask<Result> Handle(UpdateDepartment command, CancellationToken cancellationToken)
    {
        var department = await db.Departments.VisibleTo(db, user).SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken);
        if (department is null)
        {
            return Error.NotFound("The department");
        }

        if (!user.MayEditDepartment(department.HospitalId))
        {
            return Error.Forbidden("Only administrators and the hospital's own coordinators may edit its departments.");
        }

        if (db.CheckVersion(department, command.Version) is { } stale)
        {
            return stale;
        }

        var name = command.Department.Name.Trim();
        if (await db.Departments.AnyAsync(d => d.HospitalId == department.HospitalId && d.Name == name && d.Id != department.Id, cancellationToken))
        {
            return Error.Conflict("duplicate_name", $"The hospital already has a department named '{name}'.");
        }

        var servesOpenPairing = await db.Pairings.AnyAsync(
            p => p.Status != PairingStatus.Ended && (p.CityDepartmentId == department.Id || p.CountyDepartmentId == department.Id),
            cancellationToken);
        return department.Correct(name, command.Department.Specialty, servesOpenPairing);
    }
}
