using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.TechnologyGaps;

namespace SpecialtyAlliance.Application.TechnologyGaps;

internal static class TechnologyGapLookup
{
    /// <summary>
    /// The gap, tracked, if the user sees it (else 404), <paramref name="mayChange"/> says they may act on it (else 403),
    /// and the version they name is current (else 409).
    /// </summary>
    public static async Task<Result<TechnologyGap>> FindGapToChangeAsync(
        this IAllianceDbContext db,
        ICurrentUser user,
        Guid id,
        uint? version,
        Func<TechnologyGap, Task<bool>> mayChange,
        string forbidden,
        CancellationToken cancellationToken)
    {
        var gap = await db.TechnologyGaps.VisibleTo(db, user).SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (gap is null)
        {
            return Error.NotFound("The technology gap");
        }

        if (!await mayChange(gap))
        {
            return Error.Forbidden(forbidden);
        }

        if (db.CheckVersion(gap, version) is { } stale)
        {
            return stale;
        }

        return gap;
    }

    /// <summary>The gap's county hospital's coordinators, or an administrator.</summary>
    public static bool IsCountyCoordinatorOf(this ICurrentUser user, TechnologyGap gap) =>
        user.IsAdministrator || (user.Role == Domain.Staff.StaffRole.Coordinator && user.HospitalId == gap.HospitalId);
}
