using Microsoft.AspNetCore.Identity;

namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>
/// The sign-in account (ASP.NET Core Identity). It carries credentials and lock-out state only; who
/// the person is in the alliance lives in the domain's StaffMember, which shares this id.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }
}
