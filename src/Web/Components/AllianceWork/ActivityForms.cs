using SpecialtyAlliance.Contracts.Activities;

namespace SpecialtyAlliance.Web.Components.AllianceWork;

/// <summary>The shape of the activity form: the live-surgery flag belongs to an academic forum or a surgical teaching only (the API checks it too).</summary>
public static class ActivityForms
{
    public static bool AllowsLiveSurgery(ActivityKind? kind) => kind is ActivityKind.AcademicForum or ActivityKind.SurgicalTeaching;
}
