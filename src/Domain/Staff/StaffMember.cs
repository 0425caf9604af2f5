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
/// with the sign-in account, which lives in Infrastructure and knows nothing of the domain. A person is
/// invited (no password yet), then active once they accept; a leaver is deactivated, never deleted (their
/// name stays on the records they wrote).
/// </summary>
public sealed class StaffMember : AggregateRoot
{
    public const int NameMaxLength = 60;
    public const int EmailMaxLength = 256;
    public const int TitleMaxLength = 60;
    public const int PhoneMaxLength = 30;

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

    public string? Phone { get; private set; }

    public StaffRole Role { get; private set; }

    public Guid HospitalId { get; private set; }

    public Guid? DepartmentId { get; private set; }

    /// <summary>中共党员 — party-building work counts on it.</summary>
    public bool IsPartyMember { get; private set; }

    /// <summary>A specialist's own specialties (codes of <see cref="Specialty.All"/>); empty for everyone else.</summary>
    public IReadOnlyList<string> Specialties { get; private set; } = [];

    /// <summary>When the person set their first password (accepted the invitation); null while invited.</summary>
    public DateTimeOffset? JoinedAt { get; private set; }

    /// <summary>When the person was deactivated (a leaver); null while they may sign in.</summary>
    public DateTimeOffset? DeactivatedAt { get; private set; }

    public StaffStatus Status => DeactivatedAt is not null
        ? StaffStatus.Deactivated
        : JoinedAt is null ? StaffStatus.Invited : StaffStatus.Active;

    public static StaffMember Create(
        Guid id,
        string fullName,
        string email,
        StaffRole role,
        Guid hospitalId,
        Guid? departmentId,
        string? title,
        string? phone = null,
        bool isPartyMember = false,
        IEnumerable<string>? specialties = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var staff = new StaffMember(id)
        {
            Email = email.Trim().ToLowerInvariant(),
            Role = role,
            HospitalId = hospitalId,
        };
        staff.Update(fullName, title, phone, departmentId, isPartyMember, specialties ?? []);
        return staff;
    }

    /// <summary>The fields a coordinator may correct: name, title, phone, department, party membership, specialties.</summary>
    public void Update(
        string fullName, string? title, string? phone, Guid? departmentId, bool isPartyMember, IEnumerable<string> specialties)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        FullName = fullName.Trim();
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        DepartmentId = departmentId;
        IsPartyMember = isPartyMember;
        var codes = specialties.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!codes.SequenceEqual(Specialties, StringComparer.Ordinal))
        {
            Specialties = codes;
        }
    }

    public void ChangeRole(StaffRole role) => Role = role;

    /// <summary>The invitation was accepted: the person has a password and may sign in.</summary>
    public void MarkJoined(DateTimeOffset at) => JoinedAt ??= at;

    public Result Deactivate(DateTimeOffset at)
    {
        if (DeactivatedAt is not null)
        {
            return Error.InvalidTransition("staff member", StaffStatus.Deactivated, "deactivated");
        }

        DeactivatedAt = at;
        return Result.Success();
    }

    public Result Reactivate()
    {
        if (DeactivatedAt is null)
        {
            return Error.InvalidTransition("staff member", Status, "reactivated");
        }

        DeactivatedAt = null;
        return Result.Success();
    }
}

/// <summary>Where a person's account stands.</summary>
public enum StaffStatus
{
    /// <summary>Invited, has not set a password yet.</summary>
    Invited,

    Active,

    /// <summary>A leaver: cannot sign in, their sessions have ended.</summary>
    Deactivated,
}
