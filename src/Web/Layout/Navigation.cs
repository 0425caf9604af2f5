using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Staff;
using SpecialtyAlliance.Web.Localization;

namespace SpecialtyAlliance.Web.Layout;

/// <summary>
/// One entry of the navigation (or of a home page's quick links): where it leads, its icon and words, and the
/// roles that see it. <see cref="Href"/> may name <c>{hospitalId}</c>, the signed-in user's hospital.
/// </summary>
public sealed record NavEntry(
    string Key,
    string Href,
    string Icon,
    Func<Texts, string> Title,
    IReadOnlyList<StaffRole> Roles,
    NavLinkMatch Match = NavLinkMatch.Prefix,
    bool External = false)
{
    public string HrefFor(MeResponse me) => Href.Replace("{hospitalId}", me.HospitalId.ToString(), StringComparison.Ordinal);
}

/// <summary>
/// The navigation by role, as data: a page that arrives later adds one entry here, with the roles that see it.
/// </summary>
public static class Navigation
{
    private static readonly StaffRole[] Everyone = [StaffRole.Administrator, StaffRole.Coordinator, StaffRole.Specialist, StaffRole.Clinician];
    private static readonly StaffRole[] Administrators = [StaffRole.Administrator];
    private static readonly StaffRole[] NotAdministrators = [StaffRole.Coordinator, StaffRole.Specialist, StaffRole.Clinician];
    private static readonly StaffRole[] Measurers = [StaffRole.Administrator, StaffRole.Coordinator];

    /// <summary>Those who keep the alliance's work (support requests, rotations, gaps, activities): coordinators and administrators.</summary>
    private static readonly StaffRole[] Coordinators = [StaffRole.Coordinator, StaffRole.Administrator];

    public static IReadOnlyList<NavEntry> Entries { get; } =
    [
        new("home", "", Icons.Material.Filled.Home, t => t.NavHome, Everyone, NavLinkMatch.All),
        new("queue", "queue", Icons.Material.Filled.Inbox, t => t.NavQueue, [StaffRole.Specialist]),
        new("agenda", "agenda", Icons.Material.Filled.Event, t => t.NavAgenda, [StaffRole.Specialist]),
        new("request-consultation", "consultations/new", Icons.Material.Filled.AddComment, t => t.NavRequestConsultation, [StaffRole.Clinician], NavLinkMatch.All),
        new("consultations", "consultations", Icons.Material.Filled.Forum, t => t.NavConsultations, Everyone, NavLinkMatch.All),
        new("referrals", "referrals", Icons.Material.Filled.MoveUp, t => t.NavReferrals, Everyone),
        new("availability", "availability", Icons.Material.Filled.EventNote, t => t.NavAvailability, [StaffRole.Specialist]),
        new("my-hospital", "hospitals/{hospitalId}", Icons.Material.Filled.LocalHospital, t => t.NavMyHospital, NotAdministrators, NavLinkMatch.All),
        new("hospitals", "hospitals", Icons.Material.Filled.Apartment, t => t.NavHospitals, Everyone, NavLinkMatch.All),
        new("pairings", "pairings", Icons.Material.Filled.Handshake, t => t.NavPairings, Everyone),
        new("support-requests", "support-requests", Icons.Material.Filled.VolunteerActivism, t => t.NavSupportRequests, Everyone),
        new("rotations", "rotations", Icons.Material.Filled.ViewTimeline, t => t.NavRotations, Everyone),
        new("technology-gaps", "technology-gaps", Icons.Material.Filled.Lightbulb, t => t.NavTechnologyGaps, Everyone),
        new("activities", "activities", Icons.Material.Filled.Groups, t => t.NavActivities, Everyone),
        new("dashboard", "dashboard", Icons.Material.Filled.Insights, t => t.NavDashboard, Measurers),
        new("staff", "admin/staff", Icons.Material.Filled.ManageAccounts, t => t.NavStaff, Measurers),
        new("import", "admin/import", Icons.Material.Filled.UploadFile, t => t.NavImport, Coordinators),
        new("jobs", "hangfire", Icons.Material.Filled.Schedule, t => t.NavJobs, Administrators, External: true),
    ];

    /// <summary>The first things each role does, shown on its home page.</summary>
    public static IReadOnlyList<NavEntry> QuickLinks { get; } =
    [
        new("queue", "queue", Icons.Material.Filled.Inbox, t => t.QuickQueue, [StaffRole.Specialist]),
        new("agenda", "agenda", Icons.Material.Filled.Event, t => t.QuickAgenda, [StaffRole.Specialist]),
        new("availability", "availability", Icons.Material.Filled.EventNote, t => t.QuickAvailability, [StaffRole.Specialist]),
        new("request-consultation", "consultations/new", Icons.Material.Filled.AddComment, t => t.QuickRequestConsultation, [StaffRole.Clinician]),
        new("my-consultations", "consultations", Icons.Material.Filled.Forum, t => t.QuickMyConsultations, [StaffRole.Clinician]),
        new("propose-pairing", "pairings/new", Icons.Material.Filled.AddLink, t => t.QuickProposePairing, Administrators),
        new("add-hospital", "hospitals/new", Icons.Material.Filled.AddBusiness, t => t.QuickAddHospital, Administrators),
        new("active-pairings", "pairings?status=Active", Icons.Material.Filled.Handshake, t => t.QuickActivePairings, Administrators),
        new("dashboard", "dashboard", Icons.Material.Filled.Insights, t => t.QuickDashboard, Administrators),
        new("my-dashboard", "dashboard", Icons.Material.Filled.Insights, t => t.QuickMyDashboard, [StaffRole.Coordinator]),
        new("manage-hospital", "hospitals/{hospitalId}", Icons.Material.Filled.AccountTree, t => t.QuickManageMyHospital, [StaffRole.Coordinator]),
        new("my-pairings", "pairings?hospitalId={hospitalId}", Icons.Material.Filled.Handshake, t => t.QuickMyPairings, NotAdministrators),
        new("my-hospital", "hospitals/{hospitalId}", Icons.Material.Filled.LocalHospital, t => t.QuickMyHospital, [StaffRole.Specialist, StaffRole.Clinician]),
        new("open-support-requests", "support-requests?status=Open", Icons.Material.Filled.VolunteerActivism, t => t.OpenSupportRequestsCount, Coordinators),
        new("rotation-timeline", "rotations", Icons.Material.Filled.ViewTimeline, t => t.NavRotations, Coordinators),
        new("coverage", "rotations/coverage", Icons.Material.Filled.Map, t => t.QuickCoverage, Coordinators),
        new("gap-board", "technology-gaps", Icons.Material.Filled.Lightbulb, t => t.QuickGapsBoard, Coordinators),
        new("record-activity", "activities/new", Icons.Material.Filled.EventNote, t => t.QuickRecordActivity, Coordinators),
        new("jobs", "hangfire", Icons.Material.Filled.Schedule, t => t.NavJobs, Administrators, External: true),
    ];

    public static IEnumerable<NavEntry> For(StaffRole role) => Entries.Where(e => e.Roles.Contains(role));

    public static IEnumerable<NavEntry> QuickLinksFor(StaffRole role) => QuickLinks.Where(e => e.Roles.Contains(role));
}
