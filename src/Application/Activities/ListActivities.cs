using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Activities;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Domain.Activities;
using SpecialtyAlliance.Domain.Common;
using ActivityKind = SpecialtyAlliance.Domain.Activities.ActivityKind;

namespace SpecialtyAlliance.Application.Activities;

/// <summary>Activities the caller's hospital took part in (administrators: all), latest first; filter by kind, hospital, from/to.</summary>
public sealed record ListActivities(
    string? Kind, Guid? HospitalId, DateOnly? From, DateOnly? To, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Result<PagedResponse<ActivityResponse>>>, IPagedQuery;

public sealed class ListActivitiesValidator : AbstractValidator<ListActivities>
{
    public ListActivitiesValidator()
    {
        this.IncludePagingRules();
        RuleFor(q => q.Kind).IsEnumName(typeof(ActivityKind)).When(q => q.Kind is not null)
            .WithMessage("Kind must be one of: " + string.Join(", ", Enum.GetNames<ActivityKind>()) + ".");
        RuleFor(q => q.To).Must((q, to) => to >= q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' cannot be before 'from'.");
    }
}

public sealed class ListActivitiesHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<ListActivities, Result<PagedResponse<ActivityResponse>>>
{
    public async ValueTask<Result<PagedResponse<ActivityResponse>>> Handle(ListActivities query, CancellationToken cancellationToken)
    {
        var activities = db.Activities.AsNoTracking().VisibleTo(user);
        if (query.Kind is not null)
        {
            var kind = Enum.Parse<ActivityKind>(query.Kind);
            activities = activities.Where(a => a.Kind == kind);
        }

        if (query.HospitalId is { } hospitalId)
        {
            activities = activities.Where(a => a.HospitalIds.Contains(hospitalId));
        }

        if (query.From is { } from)
        {
            activities = activities.Where(a => a.HeldOn >= from);
        }

        if (query.To is { } to)
        {
            activities = activities.Where(a => a.HeldOn <= to);
        }

        var total = await activities.CountAsync(cancellationToken);
        var page = await activities
            .OrderByDescending(a => a.HeldOn).ThenBy(a => a.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedResponse<ActivityResponse>(await page.ToResponsesAsync(db, cancellationToken), query.Page, query.PageSize, total);
    }
}
