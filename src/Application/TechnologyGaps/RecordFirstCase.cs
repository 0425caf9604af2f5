using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Domain.TechnologyGaps;

namespace SpecialtyAlliance.Application.TechnologyGaps;

/// <summary>
/// 填补空白: the first case of a planned gap. The county hospital's coordinators record it, or the mentoring
/// department's specialists with them, or an administrator.
/// </summary>
public sealed record RecordFirstCase(Guid Id, FirstCaseRequest Request, uint? Version) : ICommand<Result>;

public sealed class RecordFirstCaseValidator : AbstractValidator<RecordFirstCase>
{
    public RecordFirstCaseValidator(TimeProvider clock)
    {
        RuleFor(c => c.Request.PerformedOn).Cascade(CascadeMode.Stop).NotEmpty().OverridePropertyName("performedOn")
            .Must(d => d <= clock.Today()).WithMessage("A first case cannot be recorded before it happens.");
        RuleFor(c => c.Request.LeadOperatorName).NotEmpty().When(c => c.Request.LeadOperatorId is null)
            .OverridePropertyName("leadOperatorName").WithMessage("Name who performed the case (or give leadOperatorId).");
        RuleFor(c => c.Request.LeadOperatorName).MaximumLength(TechnologyGap.PersonNameMaxLength).OverridePropertyName("leadOperatorName");
        RuleFor(c => c.Request.SupervisingMentorId).NotEmpty().OverridePropertyName("supervisingMentorId");
        RuleFor(c => c.Request.CaseReference).NotEmpty().MaximumLength(TechnologyGap.CaseReferenceMaxLength).OverridePropertyName("caseReference");
    }
}

public sealed class RecordFirstCaseHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordFirstCase, Result>
{
    public async ValueTask<Result> Handle(RecordFirstCase command, CancellationToken cancellationToken)
    {
        var found = await db.FindGapToChangeAsync(
            user,
            command.Id,
            command.Version,
            gap => Task.FromResult(user.IsCountyCoordinatorOf(gap)
                || (user.Role == StaffRole.Specialist && gap.MentoringDepartmentId is not null && user.DepartmentId == gap.MentoringDepartmentId)),
            "The first case is recorded by the county hospital's coordinators or the mentoring department's specialists.",
            cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var gap = found.Value;
        var r = command.Request;
        var supervisor = await db.Staff.Where(s => s.Id == r.SupervisingMentorId).Select(s => new { s.HospitalId }).SingleOrDefaultAsync(cancellationToken);
        if (supervisor is null || (gap.MentoringHospitalId is { } mentoring && supervisor.HospitalId != mentoring))
        {
            return Error.Validation("supervisingMentorId", "The supervising mentor must be a staff member of the mentoring hospital.");
        }

        var operatorName = r.LeadOperatorName?.Trim();
        if (r.LeadOperatorId is { } operatorId)
        {
            var leadOperator = await db.Staff
                .Where(s => s.Id == operatorId && (s.HospitalId == gap.HospitalId || s.HospitalId == gap.MentoringHospitalId))
                .Select(s => new { s.FullName })
                .SingleOrDefaultAsync(cancellationToken);
            if (leadOperator is null)
            {
                return Error.Validation("leadOperatorId", "The lead operator must be a staff member of the county or the mentoring hospital.");
            }

            operatorName = leadOperator.FullName;
        }

        return gap.RecordFirstCase(r.PerformedOn, operatorName!, r.LeadOperatorId, r.SupervisingMentorId, r.CaseReference, clock.GetUtcNow());
    }
}
