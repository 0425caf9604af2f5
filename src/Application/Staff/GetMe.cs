using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Alliances;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Staff;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;
using StaffRole = SpecialtyAlliance.Domain.Staff.StaffRole;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// The signed-in user. Specialties: for a specialist, those routed to their department by Active
/// pairings (and the department's own); for others, their department's specialty.
/// </summary>
public sealed record GetMe : IQuery<Result<MeResponse>>;

public sealed class GetMeHandler(IAllianceDbContext db, ICurrentUser user) : IQueryHandler<GetMe, Result<MeResponse>>
{
    public async ValueTask<Result<MeResponse>> Handle(GetMe query, CancellationToken cancellationToken)
    {
        var me = await (
                from s in db.Staff
                join h in db.Hospitals on s.HospitalId equals h.Id
                join d in db.Departments on s.DepartmentId equals d.Id into departments
                from d in departments.DefaultIfEmpty()
                where s.Id == user.UserId
                select new { s.Id, s.FullName, s.Email, s.Role, s.HospitalId, HospitalName = h.Name, DepartmentId = (Guid?)d.Id, DepartmentName = d.Name, DepartmentSpecialty = d.SpecialtyCode })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        if (me is null)
        {
            return Error.NotFound("Your staff record");
        }

        var specialties = new List<string>();
        if (me.DepartmentSpecialty is not null)
        {
            specialties.Add(me.DepartmentSpecialty);
        }

        if (me is { Role: StaffRole.Specialist, DepartmentId: { } departmentId })
        {
            specialties.AddRange(await db.SpecialtiesRoutedTo(departmentId).ToListAsync(cancellationToken));
        }

        var onCitySide = await db.OwnTierAsync(user, cancellationToken) == HospitalTier.CityCenter;
        return new MeResponse(
            me.Id, me.FullName, me.Email, me.Role.ToWire(), me.HospitalId, me.HospitalName, me.DepartmentId, me.DepartmentName,
            [.. specialties.Distinct().Order(StringComparer.Ordinal)])
        {
            Capabilities = CapabilitiesOf(me.Role, onCitySide),
        };
    }

    /// <summary>
    /// What a person may start, by ADR 0013: administrators everything but clinical work; a county coordinator asks for
    /// support, declares gaps and plans their clinicians' advanced study; a city coordinator plans every rotation; both
    /// record activities; a clinician requests consultations.
    /// </summary>
    internal static IReadOnlyList<Capability> CapabilitiesOf(StaffRole role, bool onCitySide) => role switch
    {
        StaffRole.Administrator =>
        [
            Capability.ManageAlliance, Capability.AskForSupport, Capability.PlanRotations, Capability.PlanInboundStudy,
            Capability.DeclareGap, Capability.RecordActivity,
        ],
        StaffRole.Coordinator when onCitySide => [Capability.PlanRotations, Capability.PlanInboundStudy, Capability.RecordActivity],
        StaffRole.Coordinator => [Capability.AskForSupport, Capability.PlanInboundStudy, Capability.DeclareGap, Capability.RecordActivity],
        StaffRole.Clinician => [Capability.RequestConsultation],
        _ => [],
    };
}
