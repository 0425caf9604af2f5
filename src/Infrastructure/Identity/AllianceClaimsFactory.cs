using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpecialtyAlliance.Infrastructure.Persistence;

namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>
/// Puts the user's role, hospital and department into the principal at sign-in, from the StaffMember
/// record (the one source of truth for a user's role), so scope checks need no lookup per request.
/// </summary>
public sealed class AllianceClaimsFactory(
    UserManager<AppUser> userManager,
    IOptions<IdentityOptions> options,
    AllianceDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var staff = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == user.Id);
        if (staff is not null)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, staff.Role.ToString()));
            identity.AddClaim(new Claim(AllianceClaims.HospitalId, staff.HospitalId.ToString()));
            identity.AddClaim(new Claim(AllianceClaims.FullName, staff.FullName));
            if (staff.DepartmentId is { } departmentId)
            {
                identity.AddClaim(new Claim(AllianceClaims.DepartmentId, departmentId.ToString("D", CultureInfo.InvariantCulture)));
            }
        }

        return identity;
    }
}
