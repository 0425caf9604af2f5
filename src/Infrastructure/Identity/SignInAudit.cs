using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Domain.Auditing;
using SpecialtyAlliance.Infrastructure.Persistence;

namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>Audit entries for sign-ins (<c>SignedIn</c>, <c>SignInFailed</c>, <c>LockedOut</c>), written at once: a sign-in is no command.</summary>
public sealed class SignInAudit(AllianceDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public async Task RecordAsync(Guid? accountId, string action, string email, CancellationToken cancellationToken)
    {
        // About the person's hospital, so its coordinators may read it; an unknown e-mail is the administrators' alone.
        var hospitalId = accountId is { } id
            ? await db.Staff.Where(s => s.Id == id).Select(s => (Guid?)s.HospitalId).FirstOrDefaultAsync(cancellationToken)
            : null;
        db.AuditEntries.Add(AuditEntry.Create(
            action == "SignedIn" ? accountId : null,
            AllianceAccounts.AuditEntityType,
            accountId?.ToString() ?? string.Empty,
            action,
            JsonSerializer.Serialize(new { email = email.Length > 256 ? email[..256] : email }, JsonOptions),
            clock.GetUtcNow(),
            hospitalId is { } hospital ? [hospital] : null));
        await db.SaveChangesAsync(cancellationToken);
    }
}
