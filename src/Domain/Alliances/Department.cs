using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Alliances;

/// <summary>A clinical department of a hospital, identified by its specialty.</summary>
public sealed class Department : AggregateRoot
{
    public const int NameMaxLength = 100;

    private Department()
    {
        Name = null!;
        SpecialtyCode = null!;
    }

    public Guid HospitalId { get; private set; }

    public string Name { get; private set; }

    /// <summary>A code from <see cref="Specialty.All"/>.</summary>
    public string SpecialtyCode { get; private set; }

    /// <summary>The department head (a staff member), who is told when the department's work is overdue.</summary>
    public Guid? HeadId { get; private set; }

    public static Department Create(Guid hospitalId, string name, string specialtyCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Specialty.IsKnown(specialtyCode))
        {
            throw new ArgumentException($"Unknown specialty '{specialtyCode}'.", nameof(specialtyCode));
        }

        return new Department { HospitalId = hospitalId, Name = name.Trim(), SpecialtyCode = specialtyCode };
    }

    /// <summary>
    /// Corrects the name and specialty. A department serving a pairing that has not ended keeps its specialty
    /// (<paramref name="servesOpenPairing"/>): the routing of consultations follows it (409 <c>department_in_pairing</c>).
    /// </summary>
    public Result Correct(string name, string specialtyCode, bool servesOpenPairing)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Specialty.IsKnown(specialtyCode))
        {
            throw new ArgumentException($"Unknown specialty '{specialtyCode}'.", nameof(specialtyCode));
        }

        if (specialtyCode != SpecialtyCode && servesOpenPairing)
        {
            return Error.Conflict(
                "department_in_pairing", "The department serves a pairing that has not ended: end that pairing before changing its specialty.");
        }

        Name = name.Trim();
        SpecialtyCode = specialtyCode;
        return Result.Success();
    }

    public void AssignHead(Guid? headId) => HeadId = headId;
}
