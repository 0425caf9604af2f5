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
}
