using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Activities;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Referrals;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Domain.TechnologyGaps;

namespace SpecialtyAlliance.Application.Common.Security;

/// <summary>
/// The scope rules of the design, in one place. Every read of scoped data goes through one of these
/// filters, so something outside the caller's scope is simply not found (404), never hinted at.
/// <list type="bullet">
/// <item>Administrators see everything.</item>
/// <item>Everyone else sees their own hospital and the hospitals it is paired with (any pairing that has not
/// ended), the departments and party branches of those hospitals, and the pairings their hospital is part of.</item>
/// <item>The alliance's work — support requests, rotations, technology gaps — is seen by the county hospital it
/// concerns and by the city side paired with that county (<see cref="WorkHospitalIds"/>): a county user sees their own
/// hospital's only, never another county's.</item>
/// <item>A joint activity is seen by the hospitals involved in it.</item>
/// <item>Consultations: a clinician sees their hospital's requests; a coordinator those of their hospital, or routed to
/// a department of their hospital; a specialist those routed to their department, or claimed by them.</item>
/// <item>Referrals: the referring and the receiving hospital, nobody else.</item>
/// <item>Specialists (their availability and bookings) and staff lists: people of the hospitals the user may see.</item>
/// </list>
/// Later features (rotations, gaps) add their filters here.
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

    /// <summary>The consultations the user may see (see the rules above); administrators see all of them.</summary>
    public static IQueryable<Consultation> VisibleTo(this IQueryable<Consultation> consultations, ICurrentUser user)
    {
        if (user.IsAdministrator)
        {
            return consultations;
        }

        var hospital = user.HospitalId ?? Guid.Empty;
        var department = user.DepartmentId ?? Guid.Empty;
        var me = user.UserId ?? Guid.Empty;
        return user.Role switch
        {
            StaffRole.Specialist => consultations.Where(c => c.RoutedDepartmentIds.Contains(department) || c.ClaimedById == me),
            StaffRole.Coordinator => consultations.Where(c => c.RequestingHospitalId == hospital || c.RoutedHospitalIds.Contains(hospital)),
            StaffRole.Clinician => consultations.Where(c => c.RequestingHospitalId == hospital),
            _ => consultations.Where(c => false),
        };
    }

    /// <summary>Referrals are seen by the referring and the receiving hospital (and administrators).</summary>
    public static IQueryable<Referral> VisibleTo(this IQueryable<Referral> referrals, ICurrentUser user)
    {
        if (user.IsAdministrator)
        {
            return referrals;
        }

        var hospital = user.HospitalId ?? Guid.Empty;
        return referrals.Where(r => r.RequestingHospitalId == hospital || r.ReceivingHospitalId == hospital);
    }

    /// <summary>The specialists whose availability and bookings the user may see: those of the hospitals they see.</summary>
    public static IQueryable<StaffMember> SpecialistsVisibleTo(this IAllianceDbContext db, ICurrentUser user)
    {
        var specialists = db.Staff.Where(s => s.Role == StaffRole.Specialist);
        if (user.IsAdministrator)
        {
            return specialists;
        }

        var visible = db.VisibleHospitalIds(user);
        return specialists.Where(s => visible.Contains(s.HospitalId));
    }

    /// <summary>People of the hospitals the user may see (names, titles, departments — what pickers show).</summary>
    public static IQueryable<StaffMember> StaffVisibleTo(this IAllianceDbContext db, ICurrentUser user)
    {
        if (user.IsAdministrator)
        {
            return db.Staff;
        }

        var visible = db.VisibleHospitalIds(user);
        return db.Staff.Where(s => visible.Contains(s.HospitalId));
    }

    /// <summary>
    /// Hospitals whose alliance work the user sees: their own and, for a city hospital, the county hospitals paired
    /// with it (any pairing that has not ended). A county hospital is paired only "upwards", so a county user's set is
    /// their own hospital alone — another county's requests, rotations and gaps are not found.
    /// </summary>
    public static IQueryable<Guid> WorkHospitalIds(this IAllianceDbContext db, ICurrentUser user)
    {
        if (user.IsAdministrator)
        {
            return db.Hospitals.Select(h => h.Id);
        }

        var own = user.HospitalId ?? Guid.Empty;
        return db.Hospitals
            .Where(h => h.Id == own
                || db.Pairings.Any(p => p.Status != PairingStatus.Ended && p.CityHospitalId == own && p.CountyHospitalId == h.Id))
            .Select(h => h.Id);
    }

    /// <summary>Support requests of the county hospitals in the user's work scope.</summary>
    public static IQueryable<SupportRequest> VisibleTo(this IQueryable<SupportRequest> requests, IAllianceDbContext db, ICurrentUser user)
    {
        if (user.IsAdministrator)
        {
            return requests;
        }

        var work = db.WorkHospitalIds(user);
        return requests.Where(r => work.Contains(r.CountyHospitalId));
    }

    /// <summary>Rotations hosted by, or of clinicians from, a hospital in the user's work scope.</summary>
    public static IQueryable<AssistanceRotation> VisibleTo(this IQueryable<AssistanceRotation> rotations, IAllianceDbContext db, ICurrentUser user)
    {
        if (user.IsAdministrator)
        {
            return rotations;
        }

        var work = db.WorkHospitalIds(user);
        return rotations.Where(r => work.Contains(r.HostHospitalId) || work.Contains(r.HomeHospitalId));
    }

    /// <summary>Gaps of a hospital in the user's work scope, or mentored by one.</summary>
    public static IQueryable<TechnologyGap> VisibleTo(this IQueryable<TechnologyGap> gaps, IAllianceDbContext db, ICurrentUser user)
    {
        if (user.IsAdministrator)
        {
            return gaps;
        }

        var work = db.WorkHospitalIds(user);
        return gaps.Where(g => work.Contains(g.HospitalId) || (g.MentoringHospitalId != null && work.Contains(g.MentoringHospitalId.Value)));
    }

    /// <summary>Activities the user's hospital took part in.</summary>
    public static IQueryable<JointActivity> VisibleTo(this IQueryable<JointActivity> activities, ICurrentUser user)
    {
        if (user.IsAdministrator)
        {
            return activities;
        }

        var own = user.HospitalId ?? Guid.Empty;
        return activities.Where(a => a.HospitalIds.Contains(own));
    }

    /// <summary>
    /// Whether the user may change a hospital's own organisation (its departments and branches):
    /// administrators, and the coordinators of that hospital.
    /// </summary>
    public static bool CanManageHospital(this ICurrentUser user, Guid hospitalId) =>
        user.IsAdministrator
        || (user.Role == StaffRole.Coordinator && user.HospitalId == hospitalId);
}
