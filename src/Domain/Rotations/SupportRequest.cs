using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Rotations;

public enum SupportRequestStatus
{
    /// <summary>Asked for, no rotation planned for it yet.</summary>
    Open,

    /// <summary>At least one rotation was planned for it.</summary>
    Answered,

    /// <summary>The county hospital no longer needs it; final.</summary>
    Withdrawn,
}

/// <summary>
/// 帮扶需求 — a county hospital asks the city for help: a specialty, what it needs, for how long.
/// Open → Answered (a rotation is planned for it; more may follow) / Withdrawn. An answered request whose
/// rotations are all cancelled is open again.
/// </summary>
public sealed class SupportRequest : AggregateRoot
{
    public const int NeedMaxLength = 2000;
    public const int MinMonths = 1;
    public const int MaxMonths = 24;

    private SupportRequest()
    {
        SpecialtyCode = null!;
        Need = null!;
    }

    public Guid CountyHospitalId { get; private set; }

    public Guid? CountyDepartmentId { get; private set; }

    /// <summary>A code from <see cref="Specialty.All"/>.</summary>
    public string SpecialtyCode { get; private set; }

    public string Need { get; private set; }

    public int MonthsWanted { get; private set; }

    public SupportRequestStatus Status { get; private set; }

    public Guid RequestedById { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    public static SupportRequest Create(
        Guid countyHospitalId, Guid? countyDepartmentId, string specialtyCode, string need, int monthsWanted, Guid requestedById, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(need);
        ArgumentOutOfRangeException.ThrowIfLessThan(monthsWanted, MinMonths);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(monthsWanted, MaxMonths);
        if (!Specialty.IsKnown(specialtyCode))
        {
            throw new ArgumentException($"Unknown specialty '{specialtyCode}'.", nameof(specialtyCode));
        }

        return new SupportRequest
        {
            CountyHospitalId = countyHospitalId,
            CountyDepartmentId = countyDepartmentId,
            SpecialtyCode = specialtyCode,
            Need = need.Trim(),
            MonthsWanted = monthsWanted,
            Status = SupportRequestStatus.Open,
            RequestedById = requestedById,
            RequestedAt = now,
            StatusChangedAt = now,
        };
    }

    /// <summary>
    /// Corrects what is asked for. A Withdrawn request is final (409 <c>support_request_withdrawn</c>); an Answered one
    /// keeps its specialty, since rotations answer it for that specialty (409 <c>support_request_answered</c>).
    /// </summary>
    public Result Correct(Guid? countyDepartmentId, string specialtyCode, string need, int monthsWanted)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(need);
        ArgumentOutOfRangeException.ThrowIfLessThan(monthsWanted, MinMonths);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(monthsWanted, MaxMonths);
        if (!Specialty.IsKnown(specialtyCode))
        {
            throw new ArgumentException($"Unknown specialty '{specialtyCode}'.", nameof(specialtyCode));
        }

        if (Status == SupportRequestStatus.Withdrawn)
        {
            return Error.Conflict("support_request_withdrawn", "A withdrawn support request is final: it cannot be edited.");
        }

        if (Status == SupportRequestStatus.Answered && specialtyCode != SpecialtyCode)
        {
            return Error.Conflict(
                "support_request_answered", "Rotations answer this request for its specialty: the specialty can no longer change.");
        }

        CountyDepartmentId = countyDepartmentId;
        SpecialtyCode = specialtyCode;
        Need = need.Trim();
        MonthsWanted = monthsWanted;
        return Result.Success();
    }

    /// <summary>A rotation is planned for it: Open → Answered; an answered request may be answered by more rotations.</summary>
    public Result Answer(DateTimeOffset now)
    {
        if (Status == SupportRequestStatus.Answered)
        {
            return Result.Success();
        }

        return Status == SupportRequestStatus.Open
            ? MoveTo(SupportRequestStatus.Answered, now)
            : Error.InvalidTransition("support request", Status, "answered");
    }

    /// <summary>Open → Withdrawn. An answered request has a rotation: cancel that first.</summary>
    public Result Withdraw(DateTimeOffset now) =>
        Status == SupportRequestStatus.Open
            ? MoveTo(SupportRequestStatus.Withdrawn, now)
            : Error.InvalidTransition("support request", Status, "withdrawn");

    /// <summary>Every rotation that answered it was cancelled: Answered → Open.</summary>
    public Result Reopen(DateTimeOffset now) =>
        Status == SupportRequestStatus.Answered
            ? MoveTo(SupportRequestStatus.Open, now)
            : Error.InvalidTransition("support request", Status, "reopened");

    private Result MoveTo(SupportRequestStatus status, DateTimeOffset now)
    {
        Status = status;
        StatusChangedAt = now;
        return Result.Success();
    }
}
