using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Activities;
using SpecialtyAlliance.Domain.Activities;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;
using ActivityKind = SpecialtyAlliance.Domain.Activities.ActivityKind;

namespace SpecialtyAlliance.Application.Activities;

/// <summary>
/// Records a joint activity that took place: coordinators of a hospital involved in it, or an administrator. The
/// other hospitals must be ones the coordinator's hospital is paired with; the branches must belong to the hospitals.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record RecordActivity(ActivityRequest Activity, string? IdempotencyKey = null) : IIdempotentCreate
{
    object? IIdempotentCreate.Body => Activity;
}

public sealed class RecordActivityValidator : AbstractValidator<RecordActivity>
{
    public RecordActivityValidator(TimeProvider clock)
    {
        RuleFor(c => c.Activity.Kind).OneOf("Kind").OverridePropertyName("kind");
        RuleFor(c => c.Activity.Title).NotEmpty().MaximumLength(JointActivity.TitleMaxLength).OverridePropertyName("title");
        RuleFor(c => c.Activity.HeldOn).Cascade(CascadeMode.Stop).NotEmpty().OverridePropertyName("heldOn")
            .Must(d => d <= clock.Today()).WithMessage("Record an activity once it has taken place.");
        RuleFor(c => c.Activity.Place).NotEmpty().MaximumLength(JointActivity.PlaceMaxLength).OverridePropertyName("place");
        RuleFor(c => c.Activity.LiveSurgery).Must((c, live) => !live || c.Activity.Kind is not { } kind || !Enum.IsDefined(kind) || JointActivity.CanHaveLiveSurgery(kind.ToDomain()))
            .OverridePropertyName("liveSurgery").WithMessage("Only an academic forum or surgical teaching broadcasts surgery.");
        RuleFor(c => c.Activity.HospitalIds).NotEmpty().OverridePropertyName("hospitalIds")
            .WithMessage("Name at least one hospital involved.");
        RuleForEach(c => c.Activity.HospitalIds).NotEmpty().OverridePropertyName("hospitalIds");
        RuleForEach(c => c.Activity.PartyBranchIds).NotEmpty().OverridePropertyName("partyBranchIds");
        RuleFor(c => c.Activity.Participants).InclusiveBetween(0, JointActivity.MaxCount).OverridePropertyName("participants");
        RuleFor(c => c.Activity.PeopleReached).InclusiveBetween(0, JointActivity.MaxCount).OverridePropertyName("peopleReached");
        RuleFor(c => c.Activity.Summary).NotEmpty().MaximumLength(JointActivity.SummaryMaxLength).OverridePropertyName("summary");
    }
}

public sealed class RecordActivityHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordActivity, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(RecordActivity command, CancellationToken cancellationToken)
    {
        var r = command.Activity;
        var hospitalIds = r.HospitalIds.Distinct().ToList();
        var branchIds = (r.PartyBranchIds ?? []).Distinct().ToList();

        if (!user.IsAdministrator && !hospitalIds.Contains(user.HospitalId ?? Guid.Empty))
        {
            return Error.Forbidden("Coordinators record the activities their own hospital took part in: include your hospital.");
        }

        var visible = db.VisibleHospitalIds(user);
        var known = await db.Hospitals.Where(h => hospitalIds.Contains(h.Id) && visible.Contains(h.Id)).CountAsync(cancellationToken);
        if (known != hospitalIds.Count)
        {
            return Error.Validation("hospitalIds", "Every hospital must be one of the alliance's that you work with.");
        }

        var branchesOk = await db.PartyBranches.Where(b => branchIds.Contains(b.Id) && hospitalIds.Contains(b.HospitalId)).CountAsync(cancellationToken);
        if (branchesOk != branchIds.Count)
        {
            return Error.Validation("partyBranchIds", "Every party branch must belong to one of the hospitals involved.");
        }

        var activity = JointActivity.Record(
            r.Kind!.Value.ToDomain(), r.Title, r.HeldOn, r.Place, r.LiveSurgery, hospitalIds, branchIds,
            r.Participants, r.PeopleReached, r.Summary, user.UserId!.Value, clock.GetUtcNow());
        db.Activities.Add(activity);
        return activity.Id;
    }
}
