using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Staff;

/// <summary>What a user does on the platform; one role per user.</summary>
public enum StaffRole
{
    /// <summary>联盟管理员 — manages hospitals and pairings, sees everything.</summary>
    Administrator,

    /// <summary>医务科/党委办 — manages their own hospital's work.</summary>
    Coordinator,

    /// <summary>市中心医院专家 — takes consultations from the live queue.</summary>
    Specialist,

    /// <summary>县医院医生 — requests consultations.</summary>
    Clinician,
}

/// <summary>
/// The domain's view of a user: who they are, their hospital, department and role. It shares its id
/// with the sign-in account, which lives in Infrastructure and knows nothing of the domain.
/// </summary>
public sealed class StaffMember : AggregateRoot
{
    public const int NameMaxLength = 60;
    public const int EmailMaxLength = 256;
    public const int TitleMaxLength = 60;

    private StaffMember()
    {
        FullName = null!;
        Email = null!;
    }

    private StaffMember(Guid id)
        : base(id)
    {
        FullName = null!;
        Email = null!;
    }

    public string FullName { get; private set; }

    public string Email { get; private set; }

    public string? Title { get; private set; }

    public StaffRole Role { get; private set; }

    public Guid HospitalId { get; private set; }

    public Guid? DepartmentId { get; private set; }

    public static StaffMember Create(
        Guid id, string fullName, string email, StaffRole role, Guid hospitalId, Guid? departmentId, string? title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return new StaffMember(id)
        {
            FullName = fullName.Trim(),
            Email = email.Trim().ToLowerInvariant(),
            Role = role,
            HospitalId = hospitalId,
            DepartmentId = departmentId,
            Title = title?.Trim(),
        };
    }
}
