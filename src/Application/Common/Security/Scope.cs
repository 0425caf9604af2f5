using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Alliances;

namespace SpecialtyAlliance.Application.Common.Security;

/// <summary>
/// The scope rules of the design, in one place. Every read of scoped data goes through one of these
/// filters, so something outside the caller's scope is simply not found (404), never hinted at.
/// <list type="bullet">
/// <item>Administrators see everything.</item>
/// <item>Everyone else sees their own hospital and the hospitals it is paired with (any pairing that has not
/// ended), the departments and party branches of those hospitals, and the pairings their hospital is part of.</item>
/// </list>
/// Later features (consultations, rotations, gaps) add their filters here.
/// </summary>
public static class Scope
{
    /// <summary>Hospitals the user may see: their own and those paired with it.</summary>
    public static IQueryable<Guid> VisibleHospitalIds(this IAllianceDbContext db, ICurrentUser user)
    {
        if (user.IsAdministrator)
        {
            return db.Hospitals.Select(h => h.Id);
        }

        var own = user.HospitalId ?? Guid.Empty;
        return db.Hospitals
            .Where(h => h.Id == own
                || db.Pairings.Any(p => p.Status != PairingStatus.Ended
                    && ((p.CountyHospitalId == own && p.CityHospitalId == h.Id)
                        || (p.CityHospitalId == own && p.CountyHospitalId == h.Id))))
            .Select(h => h.Id);
    }

    public static IQueryable<Hospital> VisibleTo(this IQueryable<Hospital> hospitals, IAllianceDbContext db, ICurrentUser user)
    {
        if (user.IsAdministrator)
        {
            return hospitals;
        }

        var visible = db.VisibleHospitalIds(user);
        return hospitals.Where(h => visible.Contains(h.Id));
    }

    public static IQueryable<Department> VisibleTo(this IQueryable<Department> departments, IAllianceDbContext db, ICurrentUser user)
    {
        if (user.IsAdministrator)
        {
            return departments;
        }

        var visible = db.VisibleHospitalIds(user);
        return departments.Where(d => visible.Contains(d.HospitalId));
    }

    public static IQueryable<PartyBranch> VisibleTo(this IQueryable<PartyBranch> branches, IAllianceDbContext db, ICurrentUser user)
    {
        if (user.IsAdministrator)
        {
            return branches;
        }

        var visible = db.VisibleHospitalIds(user);
        return branches.Where(b => visible.Contains(b.HospitalId));
    }

    public static IQueryable<AlliancePairing> VisibleTo(this IQueryable<AlliancePairing> pairings, ICurrentUser user)
    {
        if (user.IsAdministrator)
        {
            return pairings;
        }

        var own = user.HospitalId ?? Guid.Empty;
        return pairings.Where(p => p.CityHospitalId == own || p.CountyHospitalId == own);
    }

    /// <summary>
    /// Whether the user may change a hospital's own organisation (its departments and branches):
    /// administrators, and the coordinators of that hospital.
    /// </summary>
    public static bool CanManageHospital(this ICurrentUser user, Guid hospitalId) =>
        user.IsAdministrator
        || (user.Role == Domain.Staff.StaffRole.Coordinator && user.HospitalId == hospitalId);
}
