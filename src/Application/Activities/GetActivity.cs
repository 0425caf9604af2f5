using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Activities;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Activities;

public sealed record GetActivity(Guid Id) : IQuery<Result<ActivityResponse>>;

public sealed class GetActivityHandler(IAllianceDbContext db, ICurrentUser user) : IQueryHandler<GetActivity, Result<ActivityResponse>>
{
    public async ValueTask<Result<ActivityResponse>> Handle(GetActivity query, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(a => a.Id == query.Id, cancellationToken);
        if (activity is null)
        {
            return Error.NotFound("The activity");
        }

        var response = (await new[] { activity }.ToResponsesAsync(db, cancellationToken))[0];
        return response with { AllowedActions = user.MayEditActivity(activity.HospitalIds) ? [ActivityAction.Edit] : [] };
    }
}
