using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Rotations;

/// <summary>
/// Corrects what a support request asks for (<see cref="EditRules.MayEditSupportRequest(ICurrentUser, Guid)"/>: the
/// county hospital's coordinators, administrators). Withdrawn: 409 <c>support_request_withdrawn</c>; Answered keeps its
/// specialty: 409 <c>support_request_answered</c>.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record UpdateSupportRequest(Guid Id, UpdateSupportRequestRequest Request, uint Version) : ICommand<Result>;

public sealed class UpdateSupportRequestValidator : AbstractValidator<UpdateSupportRequest>
{
    public UpdateSupportRequestValidator()
    {
        RuleFor(c => c.Request.Specialty).Must(Specialty.IsKnown).OverridePropertyName("specialty")
            .WithMessage("Specialty must be a code of the catalogue (GET /api/specialties).");
        RuleFor(c => c.Request.Need).NotEmpty().MaximumLength(SupportRequest.NeedMaxLength).OverridePropertyName("need");
        RuleFor(c => c.Request.MonthsWanted).InclusiveBetween(SupportRequest.MinMonths, SupportRequest.MaxMonths)
            .OverridePropertyName("monthsWanted");
    }
}

public sealed class UpdateSupportRequestHandler(IAllianceDbContext db, ICurrentUser user) : ICommandHandler<UpdateSupportRequest, Result>
{
    public async ValueTask<Result> Handle(UpdateSupportRequest command, CancellationToken cancellationToken)
    {
        var request = await db.SupportRequests.VisibleTo(db, user).SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
        if (request is null)
        {
            return Error.NotFound("The support request");
        }

        if (!user.MayEditSupportRequest(request))
        {
            return Error.Forbidden("Only the county hospital's own coordinators (or an administrator) may edit its request.");
        }

        if (db.CheckVersion(request, command.Version) is { } stale)
        {
            return stale;
        }

        var r = command.Request;
        if (r.CountyDepartmentId is { } departmentId
            && !await db.Departments.AnyAsync(d => d.Id == departmentId && d.HospitalId == request.CountyHospitalId, cancellationToken))
        {
            return Error.Validation("countyDepartmentId", "The department must belong to the county hospital.");
        }

        return request.Correct(r.CountyDepartmentId, r.Specialty, r.Need, r.MonthsWanted);
    }
}
