using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Common.Abstractions;

/// <summary>Who is asking. Unauthenticated callers (and background jobs) have no <see cref="UserId"/>.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    StaffRole? Role { get; }

    Guid? HospitalId { get; }

    Guid? DepartmentId { get; }

    bool IsAuthenticated => UserId is not null;

    bool IsAdministrator => Role == StaffRole.Administrator;

    bool Is(StaffRole role) => Role == role;
}
