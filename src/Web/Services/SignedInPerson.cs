using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Contracts.Staff;

namespace SpecialtyAlliance.Web.Services;

/// <summary>
/// What the signed-in person may start, as the server reported it in <see cref="MeResponse.Capabilities"/> (ADR 0041):
/// the pages read these and each record's <c>allowedActions</c>, and hold no rules of their own about who may do what.
/// </summary>
public static class SignedInPerson
{
    public static bool May(this MeResponse? me, Capability capability) => me?.Capabilities.Contains(capability) == true;

    public static bool IsAdministrator(this MeResponse? me) => me?.Role == StaffRole.Administrator;

    /// <summary>Whether the person may plan rotations at all (every role, or only their clinicians' inbound advanced study).</summary>
    public static bool MayPlanRotations(this MeResponse? me) => me.May(Capability.PlanRotations) || me.May(Capability.PlanInboundStudy);

    /// <summary>Whether the person may plan a rotation of this role.</summary>
    public static bool MayPlanRole(this MeResponse? me, RotationRole role) =>
        me.May(Capability.PlanRotations) || (role == RotationRole.InboundAdvancedStudy && me.May(Capability.PlanInboundStudy));

    /// <summary>Whether the person works at a city center hospital (the side that plans and mentors), by the directory's tiers.</summary>
    public static bool OnCitySide(this MeResponse? me, IEnumerable<HospitalResponse> hospitals) =>
        me is not null && hospitals.FirstOrDefault(h => h.Id == me.HospitalId)?.Tier == HospitalTier.CityCenter;
}
