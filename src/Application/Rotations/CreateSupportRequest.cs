using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Rotations;

/// <summary>A county hospital asks the city for support: its own coordinators, or an administrator.</summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record CreateSupportRequest(SupportRequestRequest Request, string? IdempotencyKey = null) : IIdempotentCreate
{
    object? IIdempotentCreate.Body => Request;
}

public sealed class CreateSupportRequestValidator : AbstractValidator<CreateSupportRequest>
{
    public CreateSupportRequestValidator()
    {
        RuleFor(c => c.Request.CountyHospitalId).NotEmpty().OverridePropertyName("countyHospitalId");
        RuleFor(c => c.Request.Specialty).Must(Specialty.IsKnown).OverridePropertyName("specialty")
            .WithMessage("Specialty must be a code of the catalogue (GET /api/specialties).");
        RuleFor(c => c.Request.Need).NotEmpty().MaximumLength(SupportRequest.NeedMaxLength).OverridePropertyName("need");
        RuleFor(c => c.Request.MonthsWanted).InclusiveBetween(SupportRequest.MinMonths, SupportRequest.MaxMonths)
            .OverridePropertyName("monthsWanted");
    }
}

public sealed class CreateSupportRequestHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateSupportRequest, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CreateSupportRequest command, CancellationToken cancellationToken)
    {
        var r = command.Request;
        var hospital = await db.Hospitals.VisibleTo(db, user)
            .Where(h => h.Id == r.CountyHospitalId)
            .Select(h => new { h.Tier })
            .SingleOrDefaultAsync(cancellationToken);
        if (hospital is null)
        {
            return Error.Validation("countyHospitalId", "No such hospital.");
        }

        if (hospital.Tier == HospitalTier.CityCenter)
        {
            return Error.Validation("countyHospitalId", "Support is asked for by a county hospital, not by the city center hospital.");
        }

        if (!user.IsAdministrator && user.HospitalId != r.CountyHospitalId)
        {
            return Error.Forbidden("Only the county hospital's own coordinators (or an administrator) may ask for its support.");
        }

        if (r.CountyDepartmentId is { } departmentId
            && !await db.Departments.AnyAsync(d => d.Id == departmentId && d.HospitalId == r.CountyHospitalId, cancellationToken))
        {
            return Error.Validation("countyDepartmentId", "The department must belong to the county hospital.");
        }

        var request = SupportRequest.Create(
            r.CountyHospitalId, r.CountyDepartmentId, r.Specialty, r.Need, r.MonthsWanted, user.UserId!.Value, clock.GetUtcNow());
        db.SupportRequests.Add(request);
        return request.Id;
    }
}
