using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.TechnologyGaps;
using TechnologyGapStatus = SpecialtyAlliance.Domain.TechnologyGaps.TechnologyGapStatus;

namespace SpecialtyAlliance.Application.TechnologyGaps;

internal static class TechnologyGapProjections
{
    public static IQueryable<TechnologyGapResponse> ToResponses(this IQueryable<TechnologyGap> gaps, IAllianceDbContext db) =>
        from g in gaps
        join hospital in db.Hospitals on g.HospitalId equals hospital.Id
        join d in db.Departments on g.MentoringDepartmentId equals d.Id into departments
        from department in departments.DefaultIfEmpty()
        join m in db.Staff on g.LeadMentorId equals m.Id into mentors
        from mentor in mentors.DefaultIfEmpty()
        join s in db.Staff on g.SupervisingMentorId equals s.Id into supervisors
        from supervisor in supervisors.DefaultIfEmpty()
        select new TechnologyGapResponse(
            g.Id,
            g.HospitalId,
            hospital.Name,
            g.SpecialtyCode,
            Labels.SpecialtyZh(g.SpecialtyCode),
            g.Technique,
            g.Description,
            g.Scope.ToWire(),
            g.Priority.ToWire(),
            g.IdentifiedOn,
            g.TargetDate,
            g.Status.ToWire(),
            g.Status == TechnologyGapStatus.FirstCasePerformed || g.Status == TechnologyGapStatus.Established,
            g.MentoringDepartmentId,
            department == null ? null : department.Name,
            g.MentoringHospitalId,
            g.LeadMentorId,
            mentor == null ? null : mentor.FullName,
            g.FirstCaseOn,
            g.LeadOperatorId,
            g.LeadOperatorName,
            g.SupervisingMentorId,
            supervisor == null ? null : supervisor.FullName,
            g.CaseReference,
            g.EstablishedOn,
            g.AbandonReason,
            g.DeclaredById,
            g.DeclaredAt,
            g.StatusChangedAt,
            g.Version);
}
