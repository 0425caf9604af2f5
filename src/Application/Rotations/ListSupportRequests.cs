using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Rotations;
using SupportRequestStatus = SpecialtyAlliance.Domain.Rotations.SupportRequestStatus;

namespace SpecialtyAlliance.Application.Rotations;

/// <summary>Support requests in the caller's scope, newest first; filter by status, hospital, specialty.</summary>
public sealed record ListSupportRequests(
    string? Status, Guid? HospitalId, string? Specialty, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Result<PagedResponse<SupportRequestResponse>>>, IPagedQuery;

public sealed class ListSupportRequestsValidator : AbstractValidator<ListSupportRequests>
{
    public ListSupportRequestsValidator()
    {
        this.IncludePagingRules();
        RuleFor(q => q.Status).IsEnumName(typeof(SupportRequestStatus)).When(q => q.Status is not null)
            .WithMessage("Status must be one of: " + string.Join(", ", Enum.GetNames<SupportRequestStatus>()) + ".");
        RuleFor(q => q.Specialty).Must(Specialty.IsKnown).When(q => q.Specialty is not null)
            .WithMessage("Specialty must be a code of the catalogue.");
    }
}

public sealed class ListSupportRequestsHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<ListSupportRequests, Result<PagedResponse<SupportRequestResponse>>>
{
    public async ValueTask<Result<PagedResponse<SupportRequestResponse>>> Handle(ListSupportRequests query, CancellationToken cancellationToken)
    {
        var requests = db.SupportRequests.AsNoTracking().VisibleTo(db, user);
        if (query.Status is not null)
        {
            var status = Enum.Parse<SupportRequestStatus>(query.Status);
            requests = requests.Where(s => s.Status == status);
        }

        if (query.HospitalId is { } hospitalId)
        {
            requests = requests.Where(s => s.CountyHospitalId == hospitalId);
        }

        if (query.Specialty is { } specialty)
        {
            requests = requests.Where(s => s.SpecialtyCode == specialty);
        }

        var page = await requests
            .OrderByDescending(s => s.RequestedAt).ThenBy(s => s.Id)
            .ToResponses(db)
            .ToPageAsync(query, cancellationToken);
        var isCityCoordinator = await db.IsCityCoordinatorAsync(user, cancellationToken);
        return page with { Items = [.. page.Items.Select(x => x.WithActions(user, isCityCoordinator))] };
    }
}
