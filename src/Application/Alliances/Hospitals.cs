using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;
using HospitalTier = SpecialtyAlliance.Domain.Alliances.HospitalTier;
using HospitalKind = SpecialtyAlliance.Domain.Alliances.HospitalKind;

namespace SpecialtyAlliance.Application.Alliances;

/// <summary>The hospitals the caller may see, city center first, then by name.</summary>
public sealed record ListHospitals(string? Tier, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Result<PagedResponse<HospitalResponse>>>, IPagedQuery;

public sealed class ListHospitalsValidator : AbstractValidator<ListHospitals>
{
    public ListHospitalsValidator()
    {
        this.IncludePagingRules();
        RuleFor(q => q.Tier).IsEnumName(typeof(HospitalTier)).When(q => q.Tier is not null);
    }
}

public sealed class ListHospitalsHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<ListHospitals, Result<PagedResponse<HospitalResponse>>>
{
    public async ValueTask<Result<PagedResponse<HospitalResponse>>> Handle(ListHospitals query, CancellationToken cancellationToken)
    {
        var hospitals = db.Hospitals.AsNoTracking().VisibleTo(db, user);
        if (query.Tier is not null)
        {
            var tier = Enum.Parse<HospitalTier>(query.Tier);
            hospitals = hospitals.Where(h => h.Tier == tier);
        }

        return await hospitals
            .OrderBy(h => h.Tier).ThenBy(h => h.Name)
            .Select(Projections.Hospital)
            .ToPageAsync(query, cancellationToken);
    }
}

public sealed record GetHospital(Guid Id) : IQuery<Result<HospitalResponse>>;

public sealed class GetHospitalHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<GetHospital, Result<HospitalResponse>>
{
    public async ValueTask<Result<HospitalResponse>> Handle(GetHospital query, CancellationToken cancellationToken)
    {
        var hospital = await db.Hospitals.AsNoTracking().VisibleTo(db, user)
            .Where(h => h.Id == query.Id)
            .Select(Projections.Hospital)
            .SingleOrDefaultAsync(cancellationToken);
        return hospital is null ? Error.NotFound("The hospital") : hospital.WithActions(user);
    }
}

/// <summary>The rules a hospital's fields follow, shared by create and update.</summary>
public sealed class HospitalRequestValidator : AbstractValidator<HospitalRequest>
{
    public HospitalRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Hospital.NameMaxLength);
        RuleFor(r => r.NameEn).NotEmpty().MaximumLength(Hospital.NameMaxLength);
        RuleFor(r => r.Tier).OneOf("Tier");
        RuleFor(r => r.Kind).OneOf("Kind");
        RuleFor(r => r.Region).NotEmpty().MaximumLength(Hospital.RegionMaxLength);
    }
}

[RequireRoles(StaffRole.Administrator)]
public sealed record CreateHospital(HospitalRequest Hospital, string? IdempotencyKey = null) : IIdempotentCreate
{
    object? IIdempotentCreate.Body => Hospital;
}

public sealed class CreateHospitalValidator : AbstractValidator<CreateHospital>
{
    public CreateHospitalValidator() =>
        RuleFor(c => c.Hospital).NotNull().SetValidator(new HospitalRequestValidator()).OverridePropertyName(string.Empty);
}

public sealed class CreateHospitalHandler(IAllianceDbContext db) : ICommandHandler<CreateHospital, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CreateHospital command, CancellationToken cancellationToken)
    {
        var r = command.Hospital;
        if (await db.Hospitals.AnyAsync(h => h.Name == r.Name.Trim(), cancellationToken))
        {
            return Error.Conflict("duplicate_name", $"A hospital named '{r.Name.Trim()}' already exists.");
        }

        var hospital = Hospital.Create(
            r.Name, r.NameEn, r.Tier!.Value.ToDomain(), r.Kind!.Value.ToDomain(), r.Region);
        db.Hospitals.Add(hospital);
        return hospital.Id;
    }
}

[RequireRoles(StaffRole.Administrator)]
public sealed record UpdateHospital(Guid Id, HospitalRequest Hospital) : ICommand<Result>;

public sealed class UpdateHospitalValidator : AbstractValidator<UpdateHospital>
{
    public UpdateHospitalValidator() =>
        RuleFor(c => c.Hospital).NotNull().SetValidator(new HospitalRequestValidator()).OverridePropertyName(string.Empty);
}

public sealed class UpdateHospitalHandler(IAllianceDbContext db) : ICommandHandler<UpdateHospital, Result>
{
    public async ValueTask<Result> Handle(UpdateHospital command, CancellationToken cancellationToken)
    {
        var hospital = await db.Hospitals.SingleOrDefaultAsync(h => h.Id == command.Id, cancellationToken);
        if (hospital is null)
        {
            return Error.NotFound("The hospital");
        }

        var r = command.Hospital;
        if (db.CheckVersion(hospital, r.Version) is { } stale)
        {
            return stale;
        }

        hospital.Update(r.Name, r.NameEn, r.Tier!.Value.ToDomain(), r.Kind!.Value.ToDomain(), r.Region);
        return Result.Success();
    }
}
