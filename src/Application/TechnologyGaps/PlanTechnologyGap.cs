using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.TechnologyGaps;

/// <summary>
/// The city side plans (or re-plans) a gap: the mentoring city department, a lead mentor of that department, the
/// target date. City coordinators (for their own hospital's departments) and administrators. Re-planning moves the
/// target-date reminder.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record PlanTechnologyGap(Guid Id, PlanTechnologyGapRequest Request, uint? Version) : ICommand<Result>;

public sealed class PlanTechnologyGapValidator : AbstractValidator<PlanTechnologyGap>
{
    public PlanTechnologyGapValidator()
    {
        RuleFor(c => c.Request.MentoringDepartmentId).NotEmpty().OverridePropertyName("mentoringDepartmentId");
        RuleFor(c => c.Request.LeadMentorId).NotEmpty().OverridePropertyName("leadMentorId");
        RuleFor(c => c.Request.TargetDate).NotEmpty().OverridePropertyName("targetDate");
    }
}

public sealed class PlanTechnologyGapHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PlanTechnologyGap, Result>
{
    public async ValueTask<Result> Handle(PlanTechnologyGap command, CancellationToken cancellationToken)
    {
        var isCityCoordinator = await db.IsCityCoordinatorAsync(user, cancellationToken);
        var found = await db.FindGapToChangeAsync(
            user,
            command.Id,
            command.Version,
            _ => Task.FromResult(user.IsAdministrator || isCityCoordinator),
            "The city side plans technology gaps: city coordinators and administrators.",
            cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var r = command.Request;
        var department = await (
                from d in db.Departments
                join h in db.Hospitals on d.HospitalId equals h.Id
                where d.Id == r.MentoringDepartmentId && h.Tier == HospitalTier.CityCenter
                select new { d.Id, d.HospitalId })
            .SingleOrDefaultAsync(cancellationToken);
        if (department is null || (!user.IsAdministrator && department.HospitalId != user.HospitalId))
        {
            return Error.Validation("mentoringDepartmentId", "Name a department of your city center hospital.");
        }

        if (!await db.Staff.AnyAsync(s => s.Id == r.LeadMentorId && s.DepartmentId == department.Id, cancellationToken))
        {
            return Error.Validation("leadMentorId", "The lead mentor must be a staff member of the mentoring department.");
        }

        return found.Value.Plan(department.HospitalId, department.Id, r.LeadMentorId, r.TargetDate, clock.GetUtcNow());
    }
}
