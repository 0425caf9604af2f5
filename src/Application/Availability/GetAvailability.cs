using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Availability;
using SpecialtyAlliance.Domain.Availability;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Contracts.Common;
using AvailabilityKind = SpecialtyAlliance.Domain.Availability.AvailabilityKind;

namespace SpecialtyAlliance.Application.Availability;

/// <summary>A specialist's published availability, for anyone who may see the specialist (their hospital is in scope).</summary>
public sealed record GetAvailability(Guid SpecialistId) : IQuery<Result<AvailabilityResponse>>;

public sealed class GetAvailabilityHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<GetAvailability, Result<AvailabilityResponse>>
{
    public async ValueTask<Result<AvailabilityResponse>> Handle(GetAvailability query, CancellationToken cancellationToken)
    {
        var specialist = await db.SpecialistsVisibleTo(user).AsNoTracking()
            .Where(s => s.Id == query.SpecialistId)
            .Select(s => new { s.Id, s.FullName, s.DepartmentId })
            .SingleOrDefaultAsync(cancellationToken);
        if (specialist is null)
        {
            return Error.NotFound("The specialist");
        }

        var windows = await db.Availability.AsNoTracking().Where(w => w.SpecialistId == query.SpecialistId).ToListAsync(cancellationToken);
        return new AvailabilityResponse(
            specialist.Id,
            specialist.FullName,
            specialist.DepartmentId,
            AllianceCalendar.TimeZoneId,
            [.. windows.Where(w => w.Kind == AvailabilityKind.Weekly)
                .OrderBy(w => ((int)w.DayOfWeek!.Value + 6) % 7).ThenBy(w => w.LocalStart)
                .Select(w => new WeeklyWindowResponse(w.DayOfWeek!.Value.ToWire(), w.LocalStart!.Value, w.LocalEnd!.Value))],
            [.. windows.Where(w => w.Kind != AvailabilityKind.Weekly)
                .OrderBy(w => w.StartsAt)
                .Select(w => new AvailabilityBlockResponse(w.StartsAt!.Value, w.EndsAt!.Value, w.Kind.ToWire()))]);
    }
}
