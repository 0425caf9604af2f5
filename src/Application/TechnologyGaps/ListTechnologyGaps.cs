using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.TechnologyGaps;
using GapScope = SpecialtyAlliance.Domain.TechnologyGaps.GapScope;
using GapPriority = SpecialtyAlliance.Domain.TechnologyGaps.GapPriority;
using TechnologyGapStatus = SpecialtyAlliance.Domain.TechnologyGaps.TechnologyGapStatus;

namespace SpecialtyAlliance.Application.TechnologyGaps;

/// <summary>Technology gaps in the caller's scope, latest identified first; filter by status, hospital, specialty, scope, priority.</summary>
public sealed record ListTechnologyGaps(
    string? Status,
    Guid? HospitalId,
    string? Specialty,
    string? Scope,
    string? Priority,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<Result<PagedResponse<TechnologyGapResponse>>>, IPagedQuery;

public sealed class ListTechnologyGapsValidator : AbstractValidator<ListTechnologyGaps>
{
    public ListTechnologyGapsValidator()
    {
        this.IncludePagingRules();
        RuleFor(q => q.Status).IsEnumName(typeof(TechnologyGapStatus)).When(q => q.Status is not null)
            .WithMessage("Status must be one of: " + string.Join(", ", Enum.GetNames<TechnologyGapStatus>()) + ".");
        RuleFor(q => q.Specialty).Must(Specialty.IsKnown).When(q => q.Specialty is not null)
            .WithMessage("Specialty must be a code of the catalogue.");
        RuleFor(q => q.Scope).IsEnumName(typeof(GapScope)).When(q => q.Scope is not null)
            .WithMessage("Scope must be one of: " + string.Join(", ", Enum.GetNames<GapScope>()) + ".");
        RuleFor(q => q.Priority).IsEnumName(typeof(GapPriority)).When(q => q.Priority is not null)
            .WithMessage("Priority must be one of: " + string.Join(", ", Enum.GetNames<GapPriority>()) + ".");
    }
}

public sealed class ListTechnologyGapsHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<ListTechnologyGaps, Result<PagedResponse<TechnologyGapResponse>>>
{
    public async ValueTask<Result<PagedResponse<TechnologyGapResponse>>> Handle(ListTechnologyGaps query, CancellationToken cancellationToken)
    {
        var gaps = db.TechnologyGaps.AsNoTracking().VisibleTo(db, user);
        if (query.Status is not null)
        {
            var status = Enum.Parse<TechnologyGapStatus>(query.Status);
            gaps = gaps.Where(g => g.Status == status);
        }

        if (query.HospitalId is { } hospitalId)
        {
            gaps = gaps.Where(g => g.HospitalId == hospitalId);
        }

        if (query.Specialty is { } specialty)
        {
            gaps = gaps.Where(g => g.SpecialtyCode == specialty);
        }

        if (query.Scope is not null)
        {
            var scope = Enum.Parse<GapScope>(query.Scope);
            gaps = gaps.Where(g => g.Scope == scope);
        }

        if (query.Priority is not null)
        {
            var priority = Enum.Parse<GapPriority>(query.Priority);
            gaps = gaps.Where(g => g.Priority == priority);
        }

        var page = await gaps
            .OrderByDescending(g => g.IdentifiedOn).ThenBy(g => g.Id)
            .ToResponses(db)
            .ToPageAsync(query, cancellationToken);
        var isCityCoordinator = await db.IsCityCoordinatorAsync(user, cancellationToken);
        return page with { Items = [.. page.Items.Select(x => x.WithActions(user, isCityCoordinator))] };
    }
}
