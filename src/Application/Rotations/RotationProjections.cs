using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Rotations;

namespace SpecialtyAlliance.Application.Rotations;

/// <summary>Rotations and support requests as their responses, names resolved, translated to SQL (labels added in the projection).</summary>
internal static class RotationProjections
{
    public static IQueryable<RotationResponse> ToResponses(this IQueryable<AssistanceRotation> rotations, IAllianceDbContext db) =>
        from r in rotations
        join clinician in db.Staff on r.ClinicianId equals clinician.Id
        join homeHospital in db.Hospitals on r.HomeHospitalId equals homeHospital.Id
        join homeDepartment in db.Departments on r.HomeDepartmentId equals homeDepartment.Id
        join hostHospital in db.Hospitals on r.HostHospitalId equals hostHospital.Id
        join hostDepartment in db.Departments on r.HostDepartmentId equals hostDepartment.Id
        select new RotationResponse(
            r.Id,
            r.ClinicianId,
            clinician.FullName,
            clinician.Title,
            r.HomeHospitalId,
            homeHospital.Name,
            r.HomeDepartmentId,
            homeDepartment.Name,
            r.HostHospitalId,
            hostHospital.Name,
            r.HostDepartmentId,
            hostDepartment.Name,
            hostDepartment.SpecialtyCode,
            r.Role.ToWire(),
            Labels.Zh(r.Role),
            r.StartsOn,
            r.EndsOn,
            r.Objectives,
            r.SupportRequestId,
            r.Status.ToWire(),
            r.CancelReason,
            r.PlannedAt,
            r.StatusChangedAt,
            r.Version);

    public static IQueryable<SupportRequestResponse> ToResponses(this IQueryable<SupportRequest> requests, IAllianceDbContext db) =>
        from s in requests
        join hospital in db.Hospitals on s.CountyHospitalId equals hospital.Id
        join requester in db.Staff on s.RequestedById equals requester.Id
        join d in db.Departments on s.CountyDepartmentId equals d.Id into departments
        from department in departments.DefaultIfEmpty()
        select new SupportRequestResponse(
            s.Id,
            s.CountyHospitalId,
            hospital.Name,
            s.CountyDepartmentId,
            department == null ? null : department.Name,
            s.SpecialtyCode,
            Labels.SpecialtyZh(s.SpecialtyCode),
            s.Need,
            s.MonthsWanted,
            s.Status.ToWire(),
            s.RequestedById,
            requester.FullName,
            s.RequestedAt,
            s.StatusChangedAt,
            db.Rotations.Where(r => r.SupportRequestId == s.Id).OrderBy(r => r.StartsOn).Select(r => r.Id).ToList(),
            s.Version);
}
