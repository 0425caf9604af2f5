using System.Linq.Expressions;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Alliances;

/// <summary>Projections from the alliance network's entities to their responses, translated to SQL.</summary>
internal static class Projections
{
    public static readonly Expression<Func<Hospital, HospitalResponse>> Hospital = h =>
        new HospitalResponse(h.Id, h.Name, h.NameEn, h.Tier.ToWire(), h.Kind.ToWire(), h.Region, h.Version);

    public static readonly Expression<Func<PartyBranch, PartyBranchResponse>> PartyBranch = b =>
        new PartyBranchResponse(b.Id, b.HospitalId, b.Name, b.SecretaryName, b.MemberCount, b.DepartmentIds, b.Version);

    public static DepartmentResponse ToResponse(this Department d)
    {
        var specialty = Specialty.Find(d.SpecialtyCode)!;
        return new DepartmentResponse(d.Id, d.HospitalId, d.Name, d.SpecialtyCode, specialty.NameZh, specialty.NameEn, d.HeadId, d.Version);
    }

    public static IQueryable<PairingResponse> ToResponses(this IQueryable<AlliancePairing> pairings, IAllianceDbContext db) =>
        from p in pairings
        join d in db.Departments on p.CityDepartmentId equals d.Id
        join h in db.Hospitals on p.CountyHospitalId equals h.Id
        select new PairingResponse(
            p.Id,
            p.CityDepartmentId,
            d.Name,
            p.CityHospitalId,
            p.CityPartyBranchId,
            p.CountyHospitalId,
            h.Name,
            p.CountyDepartmentId,
            p.Specialties,
            p.AgreementDate,
            p.Goals,
            p.Status.ToWire(),
            p.StatusChangedAt,
            p.Version);
}
