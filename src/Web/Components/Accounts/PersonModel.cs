using SpecialtyAlliance.Contracts.Staff;

namespace SpecialtyAlliance.Web.Components.Accounts;

/// <summary>What the person form edits: a new person (every field) or an existing one (no e-mail, hospital or role).</summary>
public sealed class PersonModel
{
    public string FullName { get; set; } = string.Empty;

    public string? Title { get; set; }

    public string Email { get; set; } = string.Empty;

    public string? Phone { get; set; }

    public Guid? HospitalId { get; set; }

    public Guid? DepartmentId { get; set; }

    public string Role { get; set; } = "Clinician";

    public bool IsPartyMember { get; set; }

    public bool IsDepartmentHead { get; set; }

    public IReadOnlyCollection<string> Specialties { get; set; } = [];

    public static PersonModel From(StaffMemberResponse person) => new()
    {
        FullName = person.FullName,
        Title = person.Title,
        Email = person.Email,
        Phone = person.Phone,
        HospitalId = person.HospitalId,
        DepartmentId = person.DepartmentId,
        Role = person.Role,
        IsPartyMember = person.IsPartyMember,
        IsDepartmentHead = person.IsDepartmentHead,
        Specialties = [.. person.Specialties],
    };

    public StaffMemberRequest ToRequest() => new(
        FullName, Title, Email, Phone, HospitalId ?? Guid.Empty, DepartmentId, Role, IsPartyMember,
        Role == nameof(StaffRole.Specialist) ? [.. Specialties] : [], IsDepartmentHead);

    public StaffMemberUpdateRequest ToUpdate() => new(
        FullName, Title, Phone, DepartmentId, IsDepartmentHead, IsPartyMember, Role == nameof(StaffRole.Specialist) ? [.. Specialties] : []);
}
