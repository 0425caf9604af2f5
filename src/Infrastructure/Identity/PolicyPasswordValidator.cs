using Microsoft.AspNetCore.Identity;
using SpecialtyAlliance.Application.Common.Security;

namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>Identity's password check is the platform's <see cref="PasswordPolicy"/> (it replaces Identity's own rules).</summary>
public sealed class PolicyPasswordValidator : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var problems = PasswordPolicy.Problems(password, user.Email);
        return Task.FromResult(problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. problems.Select(p => new IdentityError { Code = "PasswordPolicy", Description = p })]));
    }
}

/// <summary>Who may sign in at all: an account whose staff member is not deactivated (Identity's "confirmed account" check).</summary>
public sealed class ActiveStaffConfirmation(Persistence.AllianceDbContext db) : IUserConfirmation<AppUser>
{
    public async Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) =>
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
            db.Staff, s => s.Id == user.Id && s.DeactivatedAt == null);
}
