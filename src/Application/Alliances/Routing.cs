using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Alliances;

namespace SpecialtyAlliance.Application.Alliances;

/// <summary>
/// The routing rule: a request for specialty S from county hospital H reaches the city departments
/// that have an Active pairing with H covering S.
/// </summary>
public static class Routing
{
    public static IQueryable<AlliancePairing> ActivePairingsServing(
        this IAllianceDbContext db, string specialty, Guid countyHospitalId) =>
        db.Pairings.Where(p => p.Status == PairingStatus.Active
            && p.CountyHospitalId == countyHospitalId
            && p.Specialties.Contains(specialty));

    /// <summary>The specialties that reach a city department through its Active pairings.</summary>
    public static IQueryable<string> SpecialtiesRoutedTo(this IAllianceDbContext db, Guid cityDepartmentId) =>
        db.Pairings
            .Where(p => p.Status == PairingStatus.Active && p.CityDepartmentId == cityDepartmentId)
            .SelectMany(p => p.Specialties)
            .Distinct();

    /// <summary>
    /// Where a new request for <paramref name="specialty"/> from <paramref name="countyHospitalId"/> goes: the city departments
    /// of the Active pairings covering it, with their hospitals. Empty means no active alliance covers it (the request is refused).
    /// The consultation keeps this routing; later changes to pairings do not move requests already made.
    /// </summary>
    public static async Task<IReadOnlyList<RoutedDepartment>> RouteAsync(
        this IAllianceDbContext db, string specialty, Guid countyHospitalId, CancellationToken cancellationToken) =>
        await db.ActivePairingsServing(specialty, countyHospitalId)
            .Select(p => new RoutedDepartment(p.CityDepartmentId, p.CityHospitalId))
            .Distinct()
            .ToListAsync(cancellationToken);
}

/// <summary>A city department a request is routed to, and its hospital.</summary>
public sealed record RoutedDepartment(Guid DepartmentId, Guid HospitalId);
