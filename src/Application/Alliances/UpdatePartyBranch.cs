using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Alliances;

/// <summary>
/// Corrects a party branch (<see cref="EditRules.MayEditPartyBranch"/>: administrators, the hospital's coordinators). A
/// branch has no lifecycle, so no state forbids a change; its departments must stay of its hospital.
/// </summary>
public sealed record UpdatePartyBranch(Guid Id, UpdatePartyBranchRequest Branch, uint Version) : ICommand<Result>;

public sealed class UpdatePartyBranchValidator : AbstractValidator<UpdatePartyBranch>
{
    public UpdatePartyBranchValidator()
    {
        RuleFor(c => c.Branch.Name).NotEmpty().MaximumLength(PartyBranch.NameMaxLength).OverridePropertyName("name");
        RuleFor(c => c.Branch.SecretaryName).NotEmpty().MaximumLength(PartyBranch.SecretaryMaxLength).OverridePropertyName("secretaryName");
        RuleFor(c => c.Branch.MemberCount).InclusiveBetween(0, 10_000).OverridePropertyName("memberCount");
    }
}

public sealed class UpdatePartyBranchHandler(IAllianceDbContext db, ICurrentUser user) : ICommandHandler<UpdatePartyBranch, Result>
{
    public async ValueTask<Result> Handle(UpdatePartyBranch command, CancellationToken cancellationToken)
    {
        var branch = await db.PartyBranches.VisibleTo(db, user).SingleOrDefaultAsync(b => b.Id == command.Id, cancellationToken);
        if (branch is null)
        {
            return Error.NotFound("The party branch");
        }

        if (!user.MayEditPartyBranch(branch.HospitalId))
        {
            return Error.Forbidden("Only administrators and the hospital's own coordinators may edit its party branches.");
        }

        if (db.CheckVersion(branch, command.Version) is { } stale)
        {
            return stale;
        }

        var r = command.Branch;
        var departmentIds = (r.DepartmentIds ?? []).Distinct().ToList();
        var known = await db.Departments.CountAsync(d => d.HospitalId == branch.HospitalId && departmentIds.Contains(d.Id), cancellationToken);
        if (known != departmentIds.Count)
        {
            return Error.Validation("departmentIds", "Every department must belong to the branch's hospital.");
        }

        branch.Correct(r.Name, r.SecretaryName, r.MemberCount, departmentIds);
        return Result.Success();
    }
}
