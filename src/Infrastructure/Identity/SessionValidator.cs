using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpecialtyAlliance.Infrastructure.Persistence;

namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>
/// Whether a signed-in principal's session still stands: its account's security stamp is the one it was issued with,
/// and the person is not deactivated. Deactivating, changing the role or the password changes the stamp, so every
/// bearer token and cookie issued before answers 401 on its next call. The current stamp is cached per account for
/// <see cref="CacheFor"/> (one small query per account and period); the instance that changes a stamp forgets its cached
/// value at once, other instances see the change within that period (ADR 0035).
/// </summary>
public sealed class SessionValidator(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<IdentityOptions> identityOptions)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var stamp = principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
        if (stamp is null || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId))
        {
            return false;
        }

        var current = await cache.GetOrCreateAsync(Key(accountId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
            return await db.Users.AsNoTracking()
                .Where(u => u.Id == accountId)
                .Select(u => db.Staff.Any(s => s.Id == u.Id && s.DeactivatedAt == null) ? u.SecurityStamp : null)
                .SingleOrDefaultAsync(cancellationToken);
        });
        return current is not null && string.Equals(current, stamp, StringComparison.Ordinal);
    }

    /// <summary>Drops the cached stamp of an account whose sessions were just ended.</summary>
    public void Forget(Guid accountId) => cache.Remove(Key(accountId));

    private static string Key(Guid accountId) => "session-stamp:" + accountId.ToString("N");
}
