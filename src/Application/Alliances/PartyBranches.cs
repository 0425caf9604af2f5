using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Alliances;

public sealed record ListPartyBranches(Guid? HospitalId, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Result<PagedResponse<PartyBranchResponse>>>, IPagedQuery;

public sealed class ListPartyBranchesValidator : AbstractValidator<ListPartyBranches>
{
    public ListPartyBranchesValidator() => this.IncludePagingRules();
}

public sealed class ListPartyBranchesHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<ListPartyBranches, Result<PagedResponse<PartyBranchResponse>>>
{
    public async ValueTask<Result<PagedResponse<PartyBranchResponse>>> Handle(ListPartyBranches query, CancellationToken cancellationToken)
    {
        var branches = db.PartyBranches.AsNoTracking().VisibleTo(db, user);
        if (query.HospitalId is { } hospitalId)
        {
            branches = branches.Where(b => b.HospitalId == hospitalId);
        }

        return await branches.OrderBy(b => b.Name).Select(Projections.PartyBranch).ToPageAsync(query, cancellationToken);
    }
}

public sealed record GetPartyBranch(Guid Id) : IQuery<Result<PartyBranchResponse>>;

public sealed class GetPartyBranchHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<GetPartyBranch, Result<PartyBranchResponse>>
{
    public async ValueTask<Result<PartyBranchResponse>> Handle(GetPartyBranch query, CancellationToken cancellationToken)
    {
        var branch = await db.PartyBranches.AsNoTracking().VisibleTo(db, user)
            .Where(b => b.Id == query.Id).Select(Projections.PartyBranch).SingleOrDefaultAsync(cancellationToken);
        return branch is null ? Error.NotFound("The party branch") : branch;
    }
}

/// <summary>Adds a party branch to a hospital: administrators, or that hospital's coordinators.</summary>
public sealed record CreatePartyBranch(PartyBranchRequest Branch, string? IdempotencyKey = null) : IIdempotentCreate
{
    object? IIdempotentCreate.Body => Branch;
}

public sealed class CreatePartyBranchValidator : AbstractValidator<CreatePartyBranch>
{
    public CreatePartyBranchValidator()
    {
        RuleFor(c => c.Branch.HospitalId).NotEmpty().OverridePropertyName("hospitalId");
        RuleFor(c => c.Branch.Name).NotEmpty().MaximumLength(PartyBranch.NameMaxLength).OverridePropertyName("name");
        RuleFor(c => c.Branch.SecretaryName).NotEmpty().MaximumLength(PartyBranch.SecretaryMaxLength).OverridePropertyName("secretaryName");
        RuleFor(c => c.Branch.MemberCount).InclusiveBetween(0, 10_000).OverridePropertyName("memberCount");
    }
}

public sealed class CreatePartyBranchHandler(IAllianceDbContext db, ICurrentUser user)
    : ICommandHandler<CreatePartyBranch, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CreatePartyBranch command, CancellationToken cancellationToken)
    {
        var r = command.Branch;
        if (!await db.Hospitals.VisibleTo(db, user).AnyAsync(h => h.Id == r.HospitalId, cancellationToken))
        {
            return Error.Validation("hospitalId", "No such hospital.");
        }

        if (!user.CanManageHospital(r.HospitalId))
        {
            return Error.Forbidden("Only administrators and the hospital's own coordinators may add party branches.");
        }

        var departmentIds = r.DepartmentIds ?? [];
        var known = await db.Departments.CountAsync(
            d => d.HospitalId == r.HospitalId && departmentIds.Contains(d.Id), cancellationToken);
        if (known != departmentIds.Distinct().Count())
        {
            return Error.Validation("departmentIds", "Every department must belong to the branch's hospital.");
        }

        var branch = PartyBranch.Create(r.HospitalId, r.Name, r.SecretaryName, r.MemberCount, departmentIds);
        db.PartyBranches.Add(branch);
        return branch.Id;
    }
}
