using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Rotations;

public sealed record GetSupportRequest(Guid Id) : IQuery<Result<SupportRequestResponse>>;

public sealed class GetSupportRequestHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<GetSupportRequest, Result<SupportRequestResponse>>
{
    public async ValueTask<Result<SupportRequestResponse>> Handle(GetSupportRequest query, CancellationToken cancellationToken)
    {
        var request = await db.SupportRequests.AsNoTracking().VisibleTo(db, user)
            .Where(s => s.Id == query.Id)
            .ToResponses(db)
            .SingleOrDefaultAsync(cancellationToken);
        return request is null
            ? Error.NotFound("The support request")
            : request.WithActions(user, await db.IsCityCoordinatorAsync(user, cancellationToken));
    }
}
