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
using SpecialtyAlliance.Domain.Staff;
using HospitalTier = SpecialtyAlliance.Domain.Alliances.HospitalTier;
using PairingStatus = SpecialtyAlliance.Domain.Alliances.PairingStatus;

namespace SpecialtyAlliance.Application.Alliances;

public sealed record ListPairings(
    string? Status, Guid? HospitalId, string? Specialty, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Result<PagedResponse<PairingResponse>>>, IPagedQuery;

public sealed class ListPairingsValidator : AbstractValidator<ListPairings>
{
    public ListPairingsValidator()
    {
        this.IncludePagingRules();
        RuleFor(q => q.Status).IsEnumName(typeof(PairingStatus)).When(q => q.Status is not null);
        RuleFor(q => q.Specialty).Must(Specialty.IsKnown).When(q => q.Specialty is not null)
            .WithMessage("Specialty must be a code of the catalogue.");
    }
}

public sealed class ListPairingsHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<ListPairings, Result<PagedResponse<PairingResponse>>>
{
    public async ValueTask<Result<PagedResponse<PairingResponse>>> Handle(ListPairings query, CancellationToken cancellationToken)
    {
        var pairings = db.Pairings.AsNoTracking().VisibleTo(user);
        if (query.Status is not null)
        {
            var status = Enum.Parse<PairingStatus>(query.Status);
            pairings = pairings.Where(p => p.Status == status);
        }

        if (query.HospitalId is { } hospitalId)
        {
            pairings = pairings.Where(p => p.CountyHospitalId == hospitalId || p.CityHospitalId == hospitalId);
        }

        if (query.Specialty is { } specialty)
        {
            pairings = pairings.Where(p => p.Specialties.Contains(specialty));
        }

        var page = await pairings
            .OrderBy(p => p.Status).ThenByDescending(p => p.AgreementDate).ThenBy(p => p.Id)
            .ToResponses(db)
            .ToPageAsync(query, cancellationToken);
        return page with { Items = [.. page.Items.Select(p => p.WithActions(user))] };
    }
}

public sealed record GetPairing(Guid Id) : IQuery<Result<PairingResponse>>;

public sealed class GetPairingHandler(IAllianceDbContext db, ICurrentUser user) : IQueryHandler<GetPairing, Result<PairingResponse>>
{
    public async ValueTask<Result<PairingResponse>> Handle(GetPairing query, CancellationToken cancellationToken)
    {
        var pairing = await db.Pairings.AsNoTracking().VisibleTo(user)
            .Where(p => p.Id == query.Id).ToResponses(db).SingleOrDefaultAsync(cancellationToken);
        return pairing is null ? Error.NotFound("The pairing") : pairing.WithActions(user);
    }
}

/// <summary>Proposes a pairing between a city department and a county hospital (administrators only).</summary>
[RequireRoles(StaffRole.Administrator)]
public sealed record ProposePairing(PairingRequest Pairing, string? IdempotencyKey = null) : IIdempotentCreate
{
    object? IIdempotentCreate.Body => Pairing;
}

public sealed class ProposePairingValidator : AbstractValidator<ProposePairing>
{
    public ProposePairingValidator()
    {
        RuleFor(c => c.Pairing.CityDepartmentId).NotEmpty().OverridePropertyName("cityDepartmentId");
        RuleFor(c => c.Pairing.CountyHospitalId).NotEmpty().OverridePropertyName("countyHospitalId");
        RuleFor(c => c.Pairing.Specialties).NotEmpty().OverridePropertyName("specialties")
            .WithMessage("Name at least one specialty the pairing covers.");
        RuleForEach(c => c.Pairing.Specialties).Must(Specialty.IsKnown).OverridePropertyName("specialties")
            .WithMessage("'{PropertyValue}' is not a specialty of the catalogue.");
        RuleFor(c => c.Pairing.AgreementDate).NotEmpty().OverridePropertyName("agreementDate");
        RuleFor(c => c.Pairing.Goals).MaximumLength(AlliancePairing.GoalsMaxLength).OverridePropertyName("goals");
    }
}

public sealed class ProposePairingHandler(IAllianceDbContext db, TimeProvider clock)
    : ICommandHandler<ProposePairing, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(ProposePairing command, CancellationToken cancellationToken)
    {
        var r = command.Pairing;
        var cityDepartment = await (
                from d in db.Departments
                join h in db.Hospitals on d.HospitalId equals h.Id
                where d.Id == r.CityDepartmentId
                select new { d.Id, d.HospitalId, h.Tier })
            .SingleOrDefaultAsync(cancellationToken);
        if (cityDepartment is null)
        {
            return Error.Validation("cityDepartmentId", "No such department.");
        }

        if (cityDepartment.Tier != HospitalTier.CityCenter)
        {
            return Error.Validation("cityDepartmentId", "The city side of a pairing must be a department of a city center hospital.");
        }

        var county = await db.Hospitals.Where(h => h.Id == r.CountyHospitalId).Select(h => new { h.Tier }).SingleOrDefaultAsync(cancellationToken);
        if (county is null)
        {
            return Error.Validation("countyHospitalId", "No such hospital.");
        }

        if (county.Tier == HospitalTier.CityCenter)
        {
            return Error.Validation("countyHospitalId", "A city center hospital cannot be the county side of a pairing.");
        }

        if (r.CountyDepartmentId is { } countyDepartmentId
            && !await db.Departments.AnyAsync(d => d.Id == countyDepartmentId && d.HospitalId == r.CountyHospitalId, cancellationToken))
        {
            return Error.Validation("countyDepartmentId", "The department must belong to the county hospital.");
        }

        if (r.CityPartyBranchId is { } branchId
            && !await db.PartyBranches.AnyAsync(b => b.Id == branchId && b.HospitalId == cityDepartment.HospitalId, cancellationToken))
        {
            return Error.Validation("cityPartyBranchId", "The party branch must belong to the city department's hospital.");
        }

        var pairing = AlliancePairing.Propose(
            cityDepartment.HospitalId,
            r.CityDepartmentId,
            r.CityPartyBranchId,
            r.CountyHospitalId,
            r.CountyDepartmentId,
            r.Specialties,
            r.AgreementDate,
            r.Goals ?? string.Empty,
            clock.GetUtcNow());
        db.Pairings.Add(pairing);
        return pairing.Id;
    }
}

public enum PairingTransition
{
    Activate,
    Suspend,
    End,
}

/// <summary>Moves a pairing along its lifecycle (administrators only); an invalid move is a 409 invalid_transition.</summary>
[RequireRoles(StaffRole.Administrator)]
public sealed record ChangePairingStatus(Guid Id, PairingTransition Transition, uint? Version) : ICommand<Result>;

public sealed class ChangePairingStatusHandler(IAllianceDbContext db, TimeProvider clock)
    : ICommandHandler<ChangePairingStatus, Result>
{
    public async ValueTask<Result> Handle(ChangePairingStatus command, CancellationToken cancellationToken)
    {
        var pairing = await db.Pairings.SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
        if (pairing is null)
        {
            return Error.NotFound("The pairing");
        }

        if (db.CheckVersion(pairing, command.Version) is { } stale)
        {
            return stale;
        }

        var now = clock.GetUtcNow();
        return command.Transition switch
        {
            PairingTransition.Activate => pairing.Activate(now),
            PairingTransition.Suspend => pairing.Suspend(now),
            PairingTransition.End => pairing.End(now),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Transition, null),
        };
    }
}

/// <summary>
/// The routing rule as a query: which city departments serve <paramref name="Specialty"/> for county
/// hospital <paramref name="HospitalId"/>. Empty when no Active pairing covers it.
/// </summary>
public sealed record FindRoutes(Guid HospitalId, string Specialty) : IQuery<Result<IReadOnlyList<RouteResponse>>>;

public sealed class FindRoutesValidator : AbstractValidator<FindRoutes>
{
    public FindRoutesValidator()
    {
        RuleFor(q => q.HospitalId).NotEmpty();
        RuleFor(q => q.Specialty).Must(Specialty.IsKnown).WithMessage("Specialty must be a code of the catalogue.");
    }
}

public sealed class FindRoutesHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<FindRoutes, Result<IReadOnlyList<RouteResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<RouteResponse>>> Handle(FindRoutes query, CancellationToken cancellationToken)
    {
        if (!await db.Hospitals.VisibleTo(db, user).AnyAsync(h => h.Id == query.HospitalId, cancellationToken))
        {
            return Error.NotFound("The hospital");
        }

        return await (
                from p in db.ActivePairingsServing(query.Specialty, query.HospitalId)
                join d in db.Departments on p.CityDepartmentId equals d.Id
                orderby d.Name
                select new RouteResponse(p.Id, d.Id, d.Name, d.HospitalId))
            .ToListAsync(cancellationToken);
    }
}
