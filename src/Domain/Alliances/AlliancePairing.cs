using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Alliances;

public enum PairingStatus
{
    Proposed,
    Active,
    Suspended,
    Ended,
}

/// <summary>
/// 党建+专科联盟 结对: a city department (and its party branch) paired with a county hospital
/// (optionally one of its departments) for a set of specialties, under a signed agreement.
/// Proposed → Active → Suspended → Active / Ended.
/// </summary>
public sealed class AlliancePairing : AggregateRoot
{
    public const int GoalsMaxLength = 2000;

    private AlliancePairing()
    {
        Goals = null!;
    }

    public Guid CityDepartmentId { get; private set; }

    /// <summary>The hospital of <see cref="CityDepartmentId"/>, kept here so scope and routing need no join.</summary>
    public Guid CityHospitalId { get; private set; }

    public Guid? CityPartyBranchId { get; private set; }

    public Guid CountyHospitalId { get; private set; }

    public Guid? CountyDepartmentId { get; private set; }

    /// <summary>Codes from <see cref="Specialty.All"/> that this pairing covers.</summary>
    public IReadOnlyList<string> Specialties { get; private set; } = [];

    public DateOnly AgreementDate { get; private set; }

    public string Goals { get; private set; }

    public PairingStatus Status { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    public static AlliancePairing Propose(
        Guid cityHospitalId,
        Guid cityDepartmentId,
        Guid? cityPartyBranchId,
        Guid countyHospitalId,
        Guid? countyDepartmentId,
        IReadOnlyList<string> specialties,
        DateOnly agreementDate,
        string goals,
        DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfZero(specialties.Count);
        foreach (var code in specialties)
        {
            if (!Specialty.IsKnown(code))
            {
                throw new ArgumentException($"Unknown specialty '{code}'.", nameof(specialties));
            }
        }

        return new AlliancePairing
        {
            CityHospitalId = cityHospitalId,
            CityDepartmentId = cityDepartmentId,
            CityPartyBranchId = cityPartyBranchId,
            CountyHospitalId = countyHospitalId,
            CountyDepartmentId = countyDepartmentId,
            Specialties = [.. specialties.Distinct(StringComparer.Ordinal)],
            AgreementDate = agreementDate,
            Goals = goals.Trim(),
            Status = PairingStatus.Proposed,
            StatusChangedAt = now,
        };
    }

    /// <summary>
    /// Corrects the agreement's terms: its specialties, goals, agreement date and the city party branch. An Ended
    /// pairing is history and cannot be edited (409 <c>pairing_ended</c>).
    /// </summary>
    public Result Correct(IReadOnlyList<string> specialties, string goals, DateOnly agreementDate, Guid? cityPartyBranchId)
    {
        ArgumentOutOfRangeException.ThrowIfZero(specialties.Count);
        if (specialties.Any(code => !Specialty.IsKnown(code)))
        {
            throw new ArgumentException("Unknown specialty.", nameof(specialties));
        }

        if (Status == PairingStatus.Ended)
        {
            return Error.Conflict("pairing_ended", "An ended pairing is history: it cannot be edited.");
        }

        string[] distinct = [.. specialties.Distinct(StringComparer.Ordinal)];
        if (!distinct.SequenceEqual(Specialties, StringComparer.Ordinal))
        {
            Specialties = distinct;
        }

        Goals = goals.Trim();
        AgreementDate = agreementDate;
        CityPartyBranchId = cityPartyBranchId;
        return Result.Success();
    }

    public bool Covers(string specialtyCode) => Specialties.Contains(specialtyCode, StringComparer.Ordinal);

    /// <summary>Proposed → Active (the agreement is signed) or Suspended → Active (resumed).</summary>
    public Result Activate(DateTimeOffset now) =>
        Status is PairingStatus.Proposed or PairingStatus.Suspended
            ? MoveTo(PairingStatus.Active, now)
            : Error.InvalidTransition("pairing", Status, "activated");

    /// <summary>Active → Suspended.</summary>
    public Result Suspend(DateTimeOffset now) =>
        Status is PairingStatus.Active
            ? MoveTo(PairingStatus.Suspended, now)
            : Error.InvalidTransition("pairing", Status, "suspended");

    /// <summary>Proposed, Active or Suspended → Ended, which is final.</summary>
    public Result End(DateTimeOffset now) =>
        Status is not PairingStatus.Ended
            ? MoveTo(PairingStatus.Ended, now)
            : Error.InvalidTransition("pairing", Status, "ended");

    private Result MoveTo(PairingStatus status, DateTimeOffset now)
    {
        var from = Status;
        Status = status;
        StatusChangedAt = now;
        Raise(new PairingStatusChanged(Id, from, status));
        return Result.Success();
    }
}

public sealed record PairingStatusChanged(Guid PairingId, PairingStatus From, PairingStatus To) : IDomainEvent;
