using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Rotations;

public sealed record GetRotation(Guid Id) : IQuery<Result<RotationResponse>>;

public sealed class GetRotationHandler(IAllianceDbContext db, ICurrentUser user) : IQueryHandler<GetRotation, Result<RotationResponse>>
{
    public async ValueTask<Result<RotationResponse>> Handle(GetRotation query, CancellationToken cancellationToken)
    {
        var rotation = await db.Rotations.AsNoTracking().VisibleTo(db, user)
            .Where(r => r.Id == query.Id)
            .ToResponses(db)
            .SingleOrDefaultAsync(cancellationToken);
        return rotation is null
            ? Error.NotFound("The rotation")
            : rotation.WithActions(user, await db.IsCityCoordinatorAsync(user, cancellationToken));
    }
}
