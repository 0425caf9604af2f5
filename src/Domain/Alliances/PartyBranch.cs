using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Alliances;

/// <summary>党支部 — a party branch of a hospital, usually attached to one or more departments.</summary>
public sealed class PartyBranch : AggregateRoot
{
    public const int NameMaxLength = 100;
    public const int SecretaryMaxLength = 60;

    private PartyBranch()
    {
        Name = null!;
        SecretaryName = null!;
    }

    public Guid HospitalId { get; private set; }

    public string Name { get; private set; }

    public string SecretaryName { get; private set; }

    public int MemberCount { get; private set; }

    public IReadOnlyList<Guid> DepartmentIds { get; private set; } = [];

    public static PartyBranch Create(
        Guid hospitalId, string name, string secretaryName, int memberCount, IReadOnlyList<Guid> departmentIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(memberCount);
        return new PartyBranch
        {
            HospitalId = hospitalId,
            Name = name.Trim(),
            SecretaryName = secretaryName.Trim(),
            MemberCount = memberCount,
            DepartmentIds = [.. departmentIds.Distinct()],
        };
    }

    /// <summary>Corrects the branch's name, secretary, member count and departments (a branch has no lifecycle).</summary>
    public void Correct(string name, string secretaryName, int memberCount, IReadOnlyList<Guid> departmentIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(memberCount);
        Name = name.Trim();
        SecretaryName = secretaryName.Trim();
        MemberCount = memberCount;
        Guid[] distinct = [.. departmentIds.Distinct()];
        if (!distinct.SequenceEqual(DepartmentIds))
        {
            DepartmentIds = distinct;
        }
    }
}
