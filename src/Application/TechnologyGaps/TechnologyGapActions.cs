using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.TechnologyGaps;

/// <summary>
/// The moves of a technology gap the caller may make now (ADR 0013, 0015, 0041), by the rules its move handlers enforce:
/// the city side plans; the county's coordinators or the mentoring department's specialists record the first case; the
/// county's coordinators establish; the county's or the mentoring hospital's coordinators abandon; administrators all.
/// </summary>
internal static class TechnologyGapActions
{
    public static IReadOnlyList<TechnologyGapAction> For(ICurrentUser user, bool isCityCoordinator, TechnologyGapResponse gap)
    {
        var isCoordinator = user.Role == StaffRole.Coordinator;
        var ofCounty = user.IsAdministrator || (isCoordinator && user.HospitalId == gap.HospitalId);
        var actions = new List<TechnologyGapAction>(2);
        if (gap.Status is TechnologyGapStatus.Identified or TechnologyGapStatus.Planned && (user.IsAdministrator || isCityCoordinator))
        {
            actions.Add(TechnologyGapAction.Plan);
        }

        if (gap.Status == TechnologyGapStatus.Planned
            && (ofCounty || (user.Role == StaffRole.Specialist && gap.MentoringDepartmentId is { } mentoring && user.DepartmentId == mentoring)))
        {
            actions.Add(TechnologyGapAction.FirstCase);
        }

        if (gap.Status == TechnologyGapStatus.FirstCasePerformed && ofCounty)
        {
            actions.Add(TechnologyGapAction.Establish);
        }

        if (gap.Status is TechnologyGapStatus.Identified or TechnologyGapStatus.Planned or TechnologyGapStatus.FirstCasePerformed
            && (ofCounty || (isCoordinator && gap.MentoringHospitalId is { } mentoringHospital && user.HospitalId == mentoringHospital)))
        {
            actions.Add(TechnologyGapAction.Abandon);
        }

        if (user.MayEditTechnologyGap(gap.HospitalId))
        {
            actions.Add(TechnologyGapAction.Edit);
        }

        return actions;
    }

    public static TechnologyGapResponse WithActions(this TechnologyGapResponse gap, ICurrentUser user, bool isCityCoordinator) =>
        gap with { AllowedActions = For(user, isCityCoordinator, gap) };
}
