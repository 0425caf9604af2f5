using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>The caller when no person is: background jobs, start-up seeding and migrations. Audited as the system (no actor).</summary>
public sealed class SystemUser : ICurrentUser
{
    public Guid? UserId => null;

    public StaffRole? Role => null;

    public Guid? HospitalId => null;

    public Guid? DepartmentId => null;
}
