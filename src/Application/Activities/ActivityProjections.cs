using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Contracts.Activities;
using SpecialtyAlliance.Domain.Activities;

namespace SpecialtyAlliance.Application.Activities;

internal static class ActivityProjections
{
    /// <summary>Responses for loaded activities, the names of their hospitals, branches and recorders resolved in one query each.</summary>
    public static async Task<List<ActivityResponse>> ToResponsesAsync(
        this IReadOnlyList<JointActivity> activities, IAllianceDbContext db, CancellationToken cancellationToken)
    {
        var hospitalIds = activities.SelectMany(a => a.HospitalIds).Distinct().ToList();
        var branchIds = activities.SelectMany(a => a.PartyBranchIds).Distinct().ToList();
        var recorderIds = activities.Select(a => a.RecordedById).Distinct().ToList();
        var hospitals = await db.Hospitals.AsNoTracking().Where(h => hospitalIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, h => h.Name, cancellationToken);
        var branches = await db.PartyBranches.AsNoTracking().Where(b => branchIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        var recorders = await db.Staff.AsNoTracking().Where(s => recorderIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FullName, cancellationToken);

        return [.. activities.Select(a => new ActivityResponse(
            a.Id,
            a.Kind.ToWire(),
            Labels.Zh(a.Kind),
            a.Title,
            a.HeldOn,
            a.Place,
            a.LiveSurgery,
            [.. a.HospitalIds.Select(id => new NamedReference(id, hospitals.GetValueOrDefault(id, string.Empty)))],
            [.. a.PartyBranchIds.Select(id => new NamedReference(id, branches.GetValueOrDefault(id, string.Empty)))],
            a.Participants,
            a.PeopleReached,
            a.Summary,
            a.RecordedById,
            recorders.GetValueOrDefault(a.RecordedById, string.Empty),
            a.RecordedAt,
            a.Version))];
    }
}
