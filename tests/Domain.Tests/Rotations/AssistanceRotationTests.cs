using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Rotations;

namespace SpecialtyAlliance.Domain.Tests.Rotations;

public sealed class AssistanceRotationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Start = new(2026, 12, 1);
    private static readonly DateOnly End = new(2027, 11, 30);

    public enum Move
    {
        Start,
        Complete,
        Cancel,
        Reschedule,
    }

    private static AssistanceRotation Planned(RotationRole role = RotationRole.TemporaryDepartmentHead) =>
        AssistanceRotation.Plan(
            Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(),
            role, Start, End, "  开科带教  ", null, Guid.CreateVersion7(), Now);

    private static AssistanceRotation RotationIn(RotationStatus status)
    {
        var rotation = Planned();
        switch (status)
        {
            case RotationStatus.Active:
                rotation.Start(Now);
                break;
            case RotationStatus.Completed:
                rotation.Start(Now);
                rotation.Complete(Now);
                break;
            case RotationStatus.Cancelled:
                rotation.Cancel("人员调整", Now);
                break;
            default:
                break;
        }

        rotation.Status.ShouldBe(status);
        rotation.ClearDomainEvents();
        return rotation;
    }

    private static Result Apply(AssistanceRotation rotation, Move move, DateTimeOffset at) => move switch
    {
        Move.Start => rotation.Start(at),
        Move.Complete => rotation.Complete(at),
        Move.Cancel => rotation.Cancel("县医院推迟", at),
        _ => rotation.Reschedule(rotation.StartsOn, rotation.EndsOn.AddDays(30)),
    };

    /// <summary>Every (state, move) pair: the state it leads to, or null where the move is refused.</summary>
    public static TheoryData<RotationStatus, Move, RotationStatus?> Transitions => new()
    {
        { RotationStatus.Planned, Move.Start, RotationStatus.Active },
        { RotationStatus.Planned, Move.Complete, null },
        { RotationStatus.Planned, Move.Cancel, RotationStatus.Cancelled },
        { RotationStatus.Planned, Move.Reschedule, RotationStatus.Planned },
        { RotationStatus.Active, Move.Start, null },
        { RotationStatus.Active, Move.Complete, RotationStatus.Completed },
        { RotationStatus.Active, Move.Cancel, RotationStatus.Cancelled },
        { RotationStatus.Active, Move.Reschedule, RotationStatus.Active },
        { RotationStatus.Completed, Move.Start, null },
        { RotationStatus.Completed, Move.Complete, null },
        { RotationStatus.Completed, Move.Cancel, null },
        { RotationStatus.Completed, Move.Reschedule, null },
        { RotationStatus.Cancelled, Move.Start, null },
        { RotationStatus.Cancelled, Move.Complete, null },
        { RotationStatus.Cancelled, Move.Cancel, null },
        { RotationStatus.Cancelled, Move.Reschedule, null },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Transition_FollowsTheLifecycle(RotationStatus from, Move move, RotationStatus? expected)
    {
        var rotation = RotationIn(from);
        var endsOn = rotation.EndsOn;
        var later = Now.AddDays(3);

        var result = Apply(rotation, move, later);

        if (expected is { } to)
        {
            result.IsSuccess.ShouldBeTrue();
            rotation.Status.ShouldBe(to);
            IDomainEvent expectedEvent = move == Move.Reschedule
                ? new RotationRescheduled(rotation.Id)
                : new RotationStatusChanged(rotation.Id, from, to);
            rotation.DomainEvents.ShouldHaveSingleItem().ShouldBe(expectedEvent);
            if (move != Move.Reschedule)
            {
                rotation.StatusChangedAt.ShouldBe(later);
            }
        }
        else
        {
            result.IsSuccess.ShouldBeFalse();
            result.Error!.Kind.ShouldBe(ErrorKind.Conflict);
            result.Error.Code.ShouldBe("invalid_transition");
            rotation.Status.ShouldBe(from);
            rotation.EndsOn.ShouldBe(endsOn);
            rotation.StatusChangedAt.ShouldBe(Now);
            rotation.DomainEvents.ShouldBeEmpty();
        }
    }

    [Fact]
    public void Plan_StartsPlanned_AndSaysSo()
    {
        var rotation = Planned();

        rotation.Status.ShouldBe(RotationStatus.Planned);
        rotation.Objectives.ShouldBe("开科带教");
        rotation.LengthDays.ShouldBe(365);
        rotation.DomainEvents.ShouldHaveSingleItem().ShouldBe(new RotationPlanned(rotation.Id));
    }

    [Fact]
    public void Cancel_KeepsTheReason()
    {
        var rotation = RotationIn(RotationStatus.Active);

        rotation.Cancel("  县医院推迟开科  ", Now).IsSuccess.ShouldBeTrue();

        rotation.CancelReason.ShouldBe("县医院推迟开科");
    }

    [Fact]
    public void Reschedule_OfAnActiveRotation_CannotMoveItsStart()
    {
        var rotation = RotationIn(RotationStatus.Active);

        var result = rotation.Reschedule(Start.AddDays(7), End);

        result.Error!.Kind.ShouldBe(ErrorKind.Validation);
        result.Error.FieldErrors!.Keys.ShouldBe(["startsOn"]);
        rotation.StartsOn.ShouldBe(Start);
        rotation.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Reschedule_ToTheSamePeriod_ChangesNothing_AndRaisesNothing()
    {
        var rotation = RotationIn(RotationStatus.Planned);

        rotation.Reschedule(Start, End).IsSuccess.ShouldBeTrue();

        rotation.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Plan_WithTheEndBeforeTheStart_OrLongerThanThreeYears_IsAProgrammerError()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => AssistanceRotation.Plan(
            Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(),
            RotationRole.VisitingExpert, End, Start, "x", null, Guid.CreateVersion7(), Now));
        Should.Throw<ArgumentOutOfRangeException>(() => AssistanceRotation.Plan(
            Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(),
            RotationRole.VisitingExpert, Start, Start.AddDays(AssistanceRotation.MaxLengthDays), "x", null, Guid.CreateVersion7(), Now));
    }

    [Theory]
    [InlineData(RotationRole.InboundAdvancedStudy, true)]
    [InlineData(RotationRole.ResidentExpert, false)]
    [InlineData(RotationRole.NursingMentor, false)]
    public void TheCountySide_IsTheHostOfAnOutboundRotation_AndTheHomeOfAnInboundOne(RotationRole role, bool inbound)
    {
        var rotation = Planned(role);

        rotation.IsInbound.ShouldBe(inbound);
        rotation.CountyHospitalId.ShouldBe(inbound ? rotation.HomeHospitalId : rotation.HostHospitalId);
    }
}
