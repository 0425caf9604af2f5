using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Rotations;

public enum RotationRole
{
    /// <summary>常驻专家 — a city clinician stationed at a county department.</summary>
    ResidentExpert,

    /// <summary>临时科室负责人 — a city clinician heading a county department for the period.</summary>
    TemporaryDepartmentHead,

    /// <summary>护理帮扶 — a city nurse mentoring a county department's nurses.</summary>
    NursingMentor,

    /// <summary>巡诊专家 — a short visit by a city expert.</summary>
    VisitingExpert,

    /// <summary>进修 — a county clinician studying at a city department (the only inbound role).</summary>
    InboundAdvancedStudy,
}

public enum RotationStatus
{
    Planned,
    Active,
    Completed,
    Cancelled,
}

/// <summary>
/// 对口帮扶/常驻/进修 — a clinician at a host department for a period: a city clinician stationed at a county
/// hospital, or (<see cref="RotationRole.InboundAdvancedStudy"/>) a county clinician studying at a city department.
/// Planned → Active → Completed; Planned or Active → Cancelled. A clinician never has two overlapping rotations
/// that are not cancelled — the database enforces it (an exclusion constraint), since two planners may race.
/// </summary>
public sealed class AssistanceRotation : AggregateRoot
{
    public const int ObjectivesMaxLength = 2000;
    public const int CancelReasonMaxLength = 500;

    /// <summary>The longest rotation the alliance plans, in days (three years).</summary>
    public const int MaxLengthDays = 3 * 366;

    private AssistanceRotation()
    {
        Objectives = null!;
    }

    public Guid ClinicianId { get; private set; }

    public Guid HomeHospitalId { get; private set; }

    public Guid HomeDepartmentId { get; private set; }

    public Guid HostHospitalId { get; private set; }

    public Guid HostDepartmentId { get; private set; }

    public RotationRole Role { get; private set; }

    /// <summary>The first day, inclusive.</summary>
    public DateOnly StartsOn { get; private set; }

    /// <summary>The last day, inclusive.</summary>
    public DateOnly EndsOn { get; private set; }

    public string Objectives { get; private set; }

    /// <summary>The support request it answers, if any.</summary>
    public Guid? SupportRequestId { get; private set; }

    public RotationStatus Status { get; private set; }

    public string? CancelReason { get; private set; }

    public Guid PlannedById { get; private set; }

    public DateTimeOffset PlannedAt { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    /// <summary>Outbound rotations are hosted by a county hospital; inbound advanced study by a city department.</summary>
    public bool IsInbound => Role == RotationRole.InboundAdvancedStudy;

    /// <summary>The county hospital of the rotation: the host of an outbound one, the home of an inbound one.</summary>
    public Guid CountyHospitalId => IsInbound ? HomeHospitalId : HostHospitalId;

    /// <summary>Days in the period, both ends included.</summary>
    public int LengthDays => EndsOn.DayNumber - StartsOn.DayNumber + 1;

    public static AssistanceRotation Plan(
        Guid clinicianId,
        Guid homeHospitalId,
        Guid homeDepartmentId,
        Guid hostHospitalId,
        Guid hostDepartmentId,
        RotationRole role,
        DateOnly startsOn,
        DateOnly endsOn,
        string objectives,
        Guid? supportRequestId,
        Guid plannedById,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectives);
        EnsurePeriod(startsOn, endsOn);
        ArgumentOutOfRangeException.ThrowIfEqual(hostDepartmentId, homeDepartmentId);

        var rotation = new AssistanceRotation
        {
            ClinicianId = clinicianId,
            HomeHospitalId = homeHospitalId,
            HomeDepartmentId = homeDepartmentId,
            HostHospitalId = hostHospitalId,
            HostDepartmentId = hostDepartmentId,
            Role = role,
            StartsOn = startsOn,
            EndsOn = endsOn,
            Objectives = objectives.Trim(),
            SupportRequestId = supportRequestId,
            Status = RotationStatus.Planned,
            PlannedById = plannedById,
            PlannedAt = now,
            StatusChangedAt = now,
        };
        rotation.Raise(new RotationPlanned(rotation.Id));
        return rotation;
    }

    /// <summary>Planned → Active: the clinician has arrived.</summary>
    public Result Start(DateTimeOffset now) =>
        Status == RotationStatus.Planned
            ? MoveTo(RotationStatus.Active, now)
            : Error.InvalidTransition("rotation", Status, "started");

    /// <summary>Active → Completed.</summary>
    public Result Complete(DateTimeOffset now) =>
        Status == RotationStatus.Active
            ? MoveTo(RotationStatus.Completed, now)
            : Error.InvalidTransition("rotation", Status, "completed");

    /// <summary>Planned or Active → Cancelled, with the reason; it no longer blocks the clinician's calendar.</summary>
    public Result Cancel(string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status is not (RotationStatus.Planned or RotationStatus.Active))
        {
            return Error.InvalidTransition("rotation", Status, "cancelled");
        }

        CancelReason = reason.Trim();
        return MoveTo(RotationStatus.Cancelled, now);
    }

    /// <summary>
    /// Moves the period of a Planned or Active rotation. An active rotation has begun, so only its end may move.
    /// </summary>
    public Result Reschedule(DateOnly startsOn, DateOnly endsOn)
    {
        if (Status is not (RotationStatus.Planned or RotationStatus.Active))
        {
            return Error.InvalidTransition("rotation", Status, "rescheduled");
        }

        if (Status == RotationStatus.Active && startsOn != StartsOn)
        {
            return Error.Validation("startsOn", "An active rotation has begun: only its end can move.");
        }

        EnsurePeriod(startsOn, endsOn);
        if (startsOn == StartsOn && endsOn == EndsOn)
        {
            return Result.Success();
        }

        StartsOn = startsOn;
        EndsOn = endsOn;
        Raise(new RotationRescheduled(Id));
        return Result.Success();
    }

    /// <summary>
    /// Corrects the objectives and the role. The direction cannot change (an outbound role stays outbound; advanced study
    /// stays advanced study: 400 on <c>role</c>). A Completed or Cancelled rotation keeps its role (409
    /// <c>rotation_role_locked</c>); a Cancelled one is closed altogether (409 <c>rotation_cancelled</c>).
    /// </summary>
    public Result Correct(string objectives, RotationRole role)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectives);
        if ((role == RotationRole.InboundAdvancedStudy) != IsInbound)
        {
            return Error.Validation(
                "role", "A rotation keeps its direction: an outbound role stays outbound, advanced study stays advanced study.");
        }

        if (role != Role && Status is RotationStatus.Completed or RotationStatus.Cancelled)
        {
            return Error.Conflict("rotation_role_locked", $"A {Status.ToString().ToLowerInvariant()} rotation keeps its role.");
        }

        if (Status == RotationStatus.Cancelled && objectives.Trim() != Objectives)
        {
            return Error.Conflict("rotation_cancelled", "A cancelled rotation is closed: it cannot be edited.");
        }

        Objectives = objectives.Trim();
        Role = role;
        return Result.Success();
    }

    private static void EnsurePeriod(DateOnly startsOn, DateOnly endsOn)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(endsOn, startsOn);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endsOn.DayNumber - startsOn.DayNumber + 1, MaxLengthDays, nameof(endsOn));
    }

    private Result MoveTo(RotationStatus status, DateTimeOffset now)
    {
        var from = Status;
        Status = status;
        StatusChangedAt = now;
        Raise(new RotationStatusChanged(Id, from, status));
        return Result.Success();
    }
}

public sealed record RotationPlanned(Guid RotationId) : IDomainEvent;

public sealed record RotationStatusChanged(Guid RotationId, RotationStatus From, RotationStatus To) : IDomainEvent;

public sealed record RotationRescheduled(Guid RotationId) : IDomainEvent;
