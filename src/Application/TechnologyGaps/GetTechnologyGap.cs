using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.TechnologyGaps;

public sealed record GetTechnologyGap(Guid Id) : IQuery<Result<TechnologyGapResponse>>;

public sealed class GetTechnologyGapHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<GetTechnologyGap, Result<TechnologyGapResponse>>
{
    public async ValueTask<Result<TechnologyGapResponse>> Handle(GetTechnologyGap query, CancellationToken cancellationToken)
    {
        var gap = await db.TechnologyGaps.AsNoTracking().VisibleTo(db, user)
            .Where(g => g.Id == query.Id)
            .ToResponses(db)
            .SingleOrDefaultAsync(cancellationToken);
        return gap is null
            ? Error.NotFound("The technology gap")
            : gap.WithActions(user, await db.IsCityCoordinatorAsync(user, cancellationToken));
    }
}
