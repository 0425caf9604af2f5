using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Rotations;
using RotationRole = SpecialtyAlliance.Domain.Rotations.RotationRole;
using RotationStatus = SpecialtyAlliance.Domain.Rotations.RotationStatus;
using SupportRequestStatus = SpecialtyAlliance.Domain.Rotations.SupportRequestStatus;

namespace SpecialtyAlliance.Application.Rotations;

/// <summary>
/// Coverage in the caller's scope: the county departments with someone stationed today (an Active outbound rotation
/// whose period covers today, Asia/Shanghai), and the support requests still open.
/// </summary>
public sealed record GetCoverage : IQuery<Result<CoverageResponse>>;

public sealed class GetCoverageHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetCoverage, Result<CoverageResponse>>
{
    public async ValueTask<Result<CoverageResponse>> Handle(GetCoverage query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var stationed = await (
                from r in db.Rotations.AsNoTracking().VisibleTo(db, user)
                where r.Status == RotationStatus.Active
                    && r.Role != RotationRole.InboundAdvancedStudy
                    && r.StartsOn <= today && r.EndsOn >= today
                join clinician in db.Staff on r.ClinicianId equals clinician.Id
                join hospital in db.Hospitals on r.HostHospitalId equals hospital.Id
                join department in db.Departments on r.HostDepartmentId equals department.Id
                orderby hospital.Name, department.Name, r.StartsOn
                select new
                {
                    r.Id,
                    r.ClinicianId,
                    ClinicianName = clinician.FullName,
                    r.Role,
                    r.StartsOn,
                    r.EndsOn,
                    HospitalId = hospital.Id,
                    HospitalName = hospital.Name,
                    DepartmentId = department.Id,
                    DepartmentName = department.Name,
                    department.SpecialtyCode,
                })
            .ToListAsync(cancellationToken);

        var departments = stationed
            .GroupBy(s => (s.HospitalId, s.HospitalName, s.DepartmentId, s.DepartmentName, s.SpecialtyCode))
            .Select(g => new StationedDepartment(
                g.Key.HospitalId,
                g.Key.HospitalName,
                g.Key.DepartmentId,
                g.Key.DepartmentName,
                g.Key.SpecialtyCode,
                [.. g.Select(s => new StationedClinician(s.Id, s.ClinicianId, s.ClinicianName, s.Role.ToWire(), Labels.Zh(s.Role), s.StartsOn, s.EndsOn))]))
            .ToList();

        var unanswered = await db.SupportRequests.AsNoTracking().VisibleTo(db, user)
            .Where(s => s.Status == SupportRequestStatus.Open)
            .OrderBy(s => s.RequestedAt)
            .ToResponses(db)
            .ToListAsync(cancellationToken);
        var isCityCoordinator = await db.IsCityCoordinatorAsync(user, cancellationToken);

        return new CoverageResponse(today, departments, [.. unanswered.Select(r => r.WithActions(user, isCityCoordinator))]);
    }
}
