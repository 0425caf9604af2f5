using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Referrals;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Referrals;
using ReferralStatus = SpecialtyAlliance.Domain.Referrals.ReferralStatus;

namespace SpecialtyAlliance.Application.Referrals;

/// <summary>One referral, seen by the referring and the receiving hospital only (anyone else: not found).</summary>
public sealed record GetReferral(Guid Id) : IQuery<Result<ReferralResponse>>;

public sealed class GetReferralHandler(IAllianceDbContext db, ICurrentUser user) : IQueryHandler<GetReferral, Result<ReferralResponse>>
{
    public async ValueTask<Result<ReferralResponse>> Handle(GetReferral query, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(r => r.Id == query.Id, cancellationToken);
        if (referral is null)
        {
            return Error.NotFound("The referral");
        }

        var response = await db.Referrals.AsNoTracking().Where(r => r.Id == query.Id).ToResponses(db).SingleAsync(cancellationToken);
        var routed = await db.Consultations.Where(c => c.Id == referral.ConsultationId).Select(c => c.RoutedDepartmentIds).SingleAsync(cancellationToken);
        return response with { AllowedActions = ReferralRules.AllowedActions(user, referral, routed) };
    }
}

/// <summary>The referrals the caller may see, newest first, paged; filters: status, consultation.</summary>
public sealed record ListReferrals(string? Status = null, Guid? ConsultationId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Result<PagedResponse<ReferralResponse>>>, IPagedQuery;

public sealed class ListReferralsValidator : AbstractValidator<ListReferrals>
{
    public ListReferralsValidator()
    {
        this.IncludePagingRules();
        RuleFor(q => q.Status).IsEnumName(typeof(ReferralStatus)).When(q => q.Status is not null)
            .WithMessage("Status must be one of: " + string.Join(", ", Enum.GetNames<ReferralStatus>()) + ".");
    }
}

public sealed class ListReferralsHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<ListReferrals, Result<PagedResponse<ReferralResponse>>>
{
    public async ValueTask<Result<PagedResponse<ReferralResponse>>> Handle(ListReferrals query, CancellationToken cancellationToken)
    {
        var referrals = db.Referrals.AsNoTracking().VisibleTo(user);
        if (query.Status is not null)
        {
            var status = Enum.Parse<ReferralStatus>(query.Status);
            referrals = referrals.Where(r => r.Status == status);
        }

        if (query.ConsultationId is { } consultationId)
        {
            referrals = referrals.Where(r => r.ConsultationId == consultationId);
        }

        return await referrals
            .OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id)
            .ToResponses(db)
            .ToPageAsync(query, cancellationToken);
    }
}
