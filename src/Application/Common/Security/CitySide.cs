using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Common.Security;

/// <summary>Which side of the alliance the user is on: the city center hospital, or a county hospital.</summary>
public static class CitySide
{
    /// <summary>The tier of the user's hospital (null for a user without one).</summary>
    public static async Task<HospitalTier?> OwnTierAsync(this IAllianceDbContext db, ICurrentUser user, CancellationToken cancellationToken) =>
        user.HospitalId is { } own
            ? await db.Hospitals.Where(h => h.Id == own).Select(h => (HospitalTier?)h.Tier).SingleOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>A coordinator of a city center hospital — "the city side" that plans rotations and mentoring.</summary>
    public static async Task<bool> IsCityCoordinatorAsync(this IAllianceDbContext db, ICurrentUser user, CancellationToken cancellationToken) =>
        user.Role == StaffRole.Coordinator && await db.OwnTierAsync(user, cancellationToken) == HospitalTier.CityCenter;
}
