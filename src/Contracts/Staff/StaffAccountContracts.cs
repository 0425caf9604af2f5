namespace SpecialtyAlliance.Contracts.Staff;

/// <summary>
/// A person to add (POST /api/staff). Role: Administrator, Coordinator, Specialist, Clinician. Specialties (codes of
/// GET /api/specialties) only for specialists. A department head must have a department.
/// </summary>
public sealed record StaffMemberRequest(
    string FullName,
    string? Title,
    string Email,
    string? Phone,
    Guid HospitalId,
    Guid? DepartmentId,
    string Role,
    bool IsPartyMember,
    IReadOnlyList<string>? Specialties,
    bool IsDepartmentHead);

/// <summary>The fields of a person that may be corrected (PUT /api/staff/{id}, with <c>If-Match</c>).</summary>
public sealed record StaffMemberUpdateRequest(
    string FullName,
    string? Title,
    string? Phone,
    Guid? DepartmentId,
    bool IsDepartmentHead,
    bool IsPartyMember,
    IReadOnlyList<string>? Specialties);

/// <summary>A new role for a person (PUT /api/staff/{id}/role, with <c>If-Match</c>).</summary>
public sealed record StaffRoleRequest(string Role);

/// <summary>
/// A person as the administration pages show them. Status: Invited (no password yet), Active, Deactivated.
/// <see cref="Version"/> goes back in <c>If-Match</c> to edit.
/// </summary>
public sealed record StaffMemberResponse(
    Guid Id,
    string FullName,
    string? Title,
    string Email,
    string? Phone,
    string Role,
    Guid HospitalId,
    string HospitalName,
    Guid? DepartmentId,
    string? DepartmentName,
    bool IsDepartmentHead,
    bool IsPartyMember,
    IReadOnlyList<string> Specialties,
    string Status,
    DateTimeOffset? JoinedAt,
    DateTimeOffset? DeactivatedAt,
    uint Version);

/// <summary>
/// A one-time invitation link (valid until <see cref="ExpiresAt"/>, single use). When it was e-mailed the link is still
/// returned, so an administrator can pass it on if the mail does not arrive.
/// </summary>
public sealed record InvitationResponse(string Link, DateTimeOffset ExpiresAt, bool Emailed);

/// <summary>What POST /api/staff answers: the new person and their invitation.</summary>
public sealed record CreatedStaffMemberResponse(StaffMemberResponse Staff, InvitationResponse Invitation);
