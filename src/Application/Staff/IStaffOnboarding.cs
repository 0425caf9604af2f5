using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>A person to add to a hospital's staff, as a coordinator types them or as one row of an import.</summary>
public sealed record NewStaffMember(
    string FullName,
    string? Title,
    string Email,
    string? Phone,
    Guid HospitalId,
    Guid? DepartmentId,
    StaffRole Role,
    bool IsPartyMember,
    IReadOnlyList<string> Specialties,
    bool IsDepartmentHead);

/// <summary>The one-time link a new person sets their password with, and whether it was e-mailed to them.</summary>
public sealed record StaffInvitation(Guid StaffId, string Link, DateTimeOffset ExpiresAt, bool Emailed);

/// <summary>
/// Adding a person: the staff record, a sign-in account without a password, and a one-time invitation (sent by
/// e-mail after the commit when SMTP is configured). The one way people are created — by <c>CreateStaffMember</c> and
/// by the staff import — so both follow the same rules. It runs inside the caller's unit of work: nothing is kept
/// when the command fails. Rules that need the database (e-mail already used, department of another hospital, a role
/// the caller may not give) come back as a validation or conflict error keyed by field.
/// </summary>
public interface IStaffOnboarding
{
    ValueTask<Result<StaffInvitation>> CreateAsync(NewStaffMember person, CancellationToken cancellationToken);
}
