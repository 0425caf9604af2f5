using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Activities;
using SpecialtyAlliance.Domain.Activities;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Activities;

/// <summary>
/// Corrects the record of a joint activity (<see cref="EditRules.MayEditActivity(ICurrentUser, JointActivity)"/>: the
/// coordinators of a hospital involved, administrators). It stays a record of the past (held on or before today); the
/// hospitals involved do not change.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record UpdateActivity(Guid Id, UpdateActivityRequest Activity, uint Version) : ICommand<Result>;

public sealed class UpdateActivityValidator : AbstractValidator<UpdateActivity>
{
    public UpdateActivityValidator(TimeProvider clock)
    {
        RuleFor(c => c.Activity.Kind).OneOf("Kind").OverridePropertyName("kind");
        RuleFor(c => c.Activity.Title).NotEmpty().MaximumLength(JointActivity.TitleMaxLength).OverridePropertyName("title");
        RuleFor(c => c.Activity.HeldOn).Cascade(CascadeMode.Stop).NotEmpty().OverridePropertyName("heldOn")
            .Must(d => d <= clock.Today()).WithMessage("An activity is recorded once it has taken place.");
        RuleFor(c => c.Activity.Place).NotEmpty().MaximumLength(JointActivity.PlaceMaxLength).OverridePropertyName("place");
        RuleFor(c => c.Activity.LiveSurgery).Must((c, live) => !live || c.Activity.Kind is not { } kind || JointActivity.CanHaveLiveSurgery(kind.ToDomain()))
            .OverridePropertyName("liveSurgery").WithMessage("Only an academic forum or surgical teaching broadcasts surgery.");
        RuleForEach(c => c.Activity.PartyBranchIds).NotEmpty().OverridePropertyName("partyBranchIds");
        RuleFor(c => c.Activity.Participants).InclusiveBetween(0, JointActivity.MaxCount).OverridePropertyName("participants");
        RuleFor(c => c.Activity.PeopleReached).InclusiveBetween(0, JointActivity.MaxCount).OverridePropertyName("peopleReached");
        RuleFor(c => c.Activity.Summary).NotEmpty().MaximumLength(JointActivity.SummaryMaxLength).OverridePropertyName("summary");
    }
}

public sealed class UpdateActivityHandler(IAllianceDbContext db, ICurrentUser user) : ICommandHandler<UpdateActivity, Result>
{
    public async ValueTask<Result> Handle(UpdateActivity command, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.VisibleTo(user).SingleOrDefaultAsync(a => a.Id == command.Id, cancellationToken);
        if (activity is null)
        {
            return Error.NotFound("The activity");
        }

        if (!user.MayEditActivity(activity))
        {
            return Error.Forbidden("Coordinators of a hospital involved (or administrators) correct an activity's record.");
        }

        if (db.CheckVersion(activity, command.Version) is { } stale)
        {
            return stale;
        }

        var r = command.Activity;
        var branchIds = (r.PartyBranchIds ?? []).Distinct().ToList();
        var hospitalIds = activity.HospitalIds;
        var branchesOk = await db.PartyBranches.Where(b => branchIds.Contains(b.Id) && hospitalIds.Contains(b.HospitalId)).CountAsync(cancellationToken);
        if (branchesOk != branchIds.Count)
        {
            return Error.Validation("partyBranchIds", "Every party branch must belong to one of the hospitals involved.");
        }

        return activity.Correct(
            r.Kind!.Value.ToDomain(), r.Title, r.HeldOn, r.Place, r.LiveSurgery, branchIds, r.Participants, r.PeopleReached, r.Summary);
    }
}
