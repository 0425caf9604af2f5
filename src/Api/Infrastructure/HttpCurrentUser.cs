using System.Security.Claims;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Infrastructure.Identity;

namespace SpecialtyAlliance.Api.Infrastructure;

/// <summary>The caller of the current HTTP request or hub invocation, read from the claims put in at sign-in.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public Guid? UserId => ReadGuid(ClaimTypes.NameIdentifier);

    public StaffRole? Role => Principal?.FindFirstValue(ClaimTypes.Role) is { } role && Enum.TryParse<StaffRole>(role, out var parsed)
        ? parsed
        : null;

    public Guid? HospitalId => ReadGuid(AllianceClaims.HospitalId);

    public Guid? DepartmentId => ReadGuid(AllianceClaims.DepartmentId);

    private Guid? ReadGuid(string claimType) =>
        Principal?.FindFirstValue(claimType) is { } value && Guid.TryParse(value, out var id) ? id : null;
}
