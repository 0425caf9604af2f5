using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.TechnologyGaps;

/// <summary>Whose gap it was: the hospital's own, the whole county's, or the whole city's (填补全市空白).</summary>
public enum GapScope
{
    Hospital,
    County,
    City,
}

public enum GapPriority
{
    High,
    Medium,
    Low,
}

public enum TechnologyGapStatus
{
    /// <summary>Declared by the county hospital.</summary>
    Identified,

    /// <summary>A city department mentors it, with a lead mentor and a target date.</summary>
    Planned,

    /// <summary>填补空白 — the first case was performed: the gap is filled from that date.</summary>
    FirstCasePerformed,

    /// <summary>The hospital performs it independently and routinely.</summary>
    Established,

    Abandoned,
}

/// <summary>
/// 技术空白 — a technique a county hospital cannot yet perform.
/// Identified → Planned (re-planning moves the target) → FirstCasePerformed → Established;
/// Identified, Planned or FirstCasePerformed → Abandoned (with a reason).
/// "Filled" means FirstCasePerformed or Established; it was filled on <see cref="FirstCaseOn"/>.
/// </summary>
public sealed class TechnologyGap : AggregateRoot
{
    public const int TechniqueMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int PersonNameMaxLength = 60;
    public const int CaseReferenceMaxLength = 64;
    public const int ReasonMaxLength = 500;

    private TechnologyGap()
    {
        SpecialtyCode = null!;
        Technique = null!;
    }

    public Guid HospitalId { get; private set; }

    /// <summary>A code from <see cref="Specialty.All"/>.</summary>
    public string SpecialtyCode { get; private set; }

    public string Technique { get; private set; }

    public string? Description { get; private set; }

    public GapScope Scope { get; private set; }

    public GapPriority Priority { get; private set; }

    public DateOnly IdentifiedOn { get; private set; }

    /// <summary>When the first case should be performed: wished at declaration, set when planned.</summary>
    public DateOnly? TargetDate { get; private set; }

    public TechnologyGapStatus Status { get; private set; }

    public Guid DeclaredById { get; private set; }

    public DateTimeOffset DeclaredAt { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    /// <summary>The city department that mentors it (set when planned).</summary>
    public Guid? MentoringDepartmentId { get; private set; }

    /// <summary>The hospital of <see cref="MentoringDepartmentId"/>, kept here so scope and reports need no join.</summary>
    public Guid? MentoringHospitalId { get; private set; }

    public Guid? LeadMentorId { get; private set; }

    public DateOnly? FirstCaseOn { get; private set; }

    /// <summary>Who performed the first case (always a name; also a staff member when they have an account).</summary>
    public string? LeadOperatorName { get; private set; }

    public Guid? LeadOperatorId { get; private set; }

    public Guid? SupervisingMentorId { get; private set; }

    /// <summary>A pseudonymous reference to the first case's patient, meaningful only inside the hospital.</summary>
    public string? CaseReference { get; private set; }

    public DateOnly? EstablishedOn { get; private set; }

    public string? AbandonReason { get; private set; }

    public bool IsFilled => Status is TechnologyGapStatus.FirstCasePerformed or TechnologyGapStatus.Established;

    public static TechnologyGap Declare(
        Guid hospitalId,
        string specialtyCode,
        string technique,
        string? description,
        GapScope scope,
        GapPriority priority,
        DateOnly identifiedOn,
        DateOnly? targetDate,
        Guid declaredById,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(technique);
        if (!Specialty.IsKnown(specialtyCode))
        {
            throw new ArgumentException($"Unknown specialty '{specialtyCode}'.", nameof(specialtyCode));
        }

        if (targetDate is { } target)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(target, identifiedOn, nameof(targetDate));
        }

        return new TechnologyGap
        {
            HospitalId = hospitalId,
            SpecialtyCode = specialtyCode,
            Technique = technique.Trim(),
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            Scope = scope,
            Priority = priority,
            IdentifiedOn = identifiedOn,
            TargetDate = targetDate,
            Status = TechnologyGapStatus.Identified,
            DeclaredById = declaredById,
            DeclaredAt = now,
            StatusChangedAt = now,
        };
    }

    /// <summary>Identified → Planned, or re-planned while Planned (a new mentor team or target date).</summary>
    public Result Plan(Guid mentoringHospitalId, Guid mentoringDepartmentId, Guid leadMentorId, DateOnly targetDate, DateTimeOffset now)
    {
        if (Status is not (TechnologyGapStatus.Identified or TechnologyGapStatus.Planned))
        {
            return Error.InvalidTransition("technology gap", Status, "planned");
        }

        if (targetDate < IdentifiedOn)
        {
            return Error.Validation("targetDate", "The target date cannot be before the gap was identified.");
        }

        MentoringHospitalId = mentoringHospitalId;
        MentoringDepartmentId = mentoringDepartmentId;
        LeadMentorId = leadMentorId;
        TargetDate = targetDate;
        if (Status == TechnologyGapStatus.Identified)
        {
            MoveTo(TechnologyGapStatus.Planned, now);
        }

        Raise(new TechnologyGapPlanned(Id));
        return Result.Success();
    }

    /// <summary>
    /// Corrects the declaration: technique, description, scope, priority and target date. Once the gap is filled its
    /// technique and target date are history (409 <c>gap_filled</c>); an Established gap keeps its technique and an
    /// Abandoned one is closed — technique, scope, priority and target date (409 <c>gap_closed</c>). Moving the
    /// target date moves its reminder, as re-planning does.
    /// </summary>
    public Result Correct(string technique, string? description, GapScope scope, GapPriority priority, DateOnly? targetDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(technique);
        technique = technique.Trim();
        var techniqueChanges = technique != Technique;
        var targetChanges = targetDate != TargetDate;
        if (Status == TechnologyGapStatus.Abandoned && (techniqueChanges || targetChanges || scope != Scope || priority != Priority))
        {
            return Error.Conflict("gap_closed", "An abandoned gap is closed: only its description can be corrected.");
        }

        if (Status == TechnologyGapStatus.Established && techniqueChanges)
        {
            return Error.Conflict("gap_closed", "An established technique keeps its name.");
        }

        if (IsFilled && (techniqueChanges || targetChanges))
        {
            return Error.Conflict("gap_filled", "The gap is filled: its technique and target date are history.");
        }

        if (targetDate is { } target && target < IdentifiedOn)
        {
            return Error.Validation("targetDate", "The target date cannot be before the gap was identified.");
        }

        if (Status == TechnologyGapStatus.Planned && targetDate is null)
        {
            return Error.Validation("targetDate", "A planned gap has a target date.");
        }

        Technique = technique;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Scope = scope;
        Priority = priority;
        TargetDate = targetDate;
        if (targetChanges)
        {
            Raise(new TechnologyGapPlanned(Id));
        }

        return Result.Success();
    }

    /// <summary>Planned → FirstCasePerformed: the gap is filled on <paramref name="performedOn"/>.</summary>
    public Result RecordFirstCase(
        DateOnly performedOn, string leadOperatorName, Guid? leadOperatorId, Guid supervisingMentorId, string caseReference, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leadOperatorName);
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        if (Status != TechnologyGapStatus.Planned)
        {
            return Error.InvalidTransition("technology gap", Status, "given a first case");
        }

        if (performedOn < IdentifiedOn)
        {
            return Error.Validation("performedOn", "The first case cannot be before the gap was identified.");
        }

        FirstCaseOn = performedOn;
        LeadOperatorName = leadOperatorName.Trim();
        LeadOperatorId = leadOperatorId;
        SupervisingMentorId = supervisingMentorId;
        CaseReference = caseReference.Trim();
        return MoveTo(TechnologyGapStatus.FirstCasePerformed, now);
    }

    /// <summary>FirstCasePerformed → Established: performed independently and routinely.</summary>
    public Result Establish(DateOnly establishedOn, DateTimeOffset now)
    {
        if (Status != TechnologyGapStatus.FirstCasePerformed)
        {
            return Error.InvalidTransition("technology gap", Status, "established");
        }

        if (establishedOn < FirstCaseOn)
        {
            return Error.Validation("establishedOn", "A technique cannot be established before its first case.");
        }

        EstablishedOn = establishedOn;
        return MoveTo(TechnologyGapStatus.Established, now);
    }

    /// <summary>Identified, Planned or FirstCasePerformed → Abandoned, with the reason.</summary>
    public Result Abandon(string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status is TechnologyGapStatus.Established or TechnologyGapStatus.Abandoned)
        {
            return Error.InvalidTransition("technology gap", Status, "abandoned");
        }

        AbandonReason = reason.Trim();
        return MoveTo(TechnologyGapStatus.Abandoned, now);
    }

    private Result MoveTo(TechnologyGapStatus status, DateTimeOffset now)
    {
        var from = Status;
        Status = status;
        StatusChangedAt = now;
        Raise(new TechnologyGapStatusChanged(Id, from, status));
        return Result.Success();
    }
}

/// <summary>The gap was planned or re-planned: its target date (and mentor team) may have changed.</summary>
public sealed record TechnologyGapPlanned(Guid GapId) : IDomainEvent;

public sealed record TechnologyGapStatusChanged(Guid GapId, TechnologyGapStatus From, TechnologyGapStatus To) : IDomainEvent;
