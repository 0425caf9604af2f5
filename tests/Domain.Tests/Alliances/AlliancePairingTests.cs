using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Tests.Alliances;

public sealed class AlliancePairingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    public enum Move
    {
        Activate,
        Suspend,
        End,
    }

    private static AlliancePairing PairingIn(PairingStatus status)
    {
        var pairing = AlliancePairing.Propose(
            Guid.CreateVersion7(), Guid.CreateVersion7(), null, Guid.CreateVersion7(), null,
            ["cardiology"], new DateOnly(2026, 1, 1), "goals", Now);
        switch (status)
        {
            case PairingStatus.Active:
                pairing.Activate(Now);
                break;
            case PairingStatus.Suspended:
                pairing.Activate(Now);
                pairing.Suspend(Now);
                break;
            case PairingStatus.Ended:
                pairing.End(Now);
                break;
            default:
                break;
        }

        pairing.Status.ShouldBe(status);
        pairing.ClearDomainEvents();
        return pairing;
    }

    private static Result Apply(AlliancePairing pairing, Move move, DateTimeOffset at) => move switch
    {
        Move.Activate => pairing.Activate(at),
        Move.Suspend => pairing.Suspend(at),
        _ => pairing.End(at),
    };

    /// <summary>Every (state, move) pair: where it leads, or null where the move is refused.</summary>
    public static TheoryData<PairingStatus, Move, PairingStatus?> Transitions => new()
    {
        { PairingStatus.Proposed, Move.Activate, PairingStatus.Active },
        { PairingStatus.Proposed, Move.Suspend, null },
        { PairingStatus.Proposed, Move.End, PairingStatus.Ended },
        { PairingStatus.Active, Move.Activate, null },
        { PairingStatus.Active, Move.Suspend, PairingStatus.Suspended },
        { PairingStatus.Active, Move.End, PairingStatus.Ended },
        { PairingStatus.Suspended, Move.Activate, PairingStatus.Active },
        { PairingStatus.Suspended, Move.Suspend, null },
        { PairingStatus.Suspended, Move.End, PairingStatus.Ended },
        { PairingStatus.Ended, Move.Activate, null },
        { PairingStatus.Ended, Move.Suspend, null },
        { PairingStatus.Ended, Move.End, null },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Transition_FollowsTheLifecycle(PairingStatus from, Move move, PairingStatus? expected)
    {
        var pairing = PairingIn(from);
        var later = Now.AddDays(3);

        var result = Apply(pairing, move, later);

        if (expected is { } to)
        {
            result.IsSuccess.ShouldBeTrue();
            pairing.Status.ShouldBe(to);
            pairing.StatusChangedAt.ShouldBe(later);
            pairing.DomainEvents.ShouldHaveSingleItem().ShouldBe(new PairingStatusChanged(pairing.Id, from, to));
        }
        else
        {
            result.IsSuccess.ShouldBeFalse();
            result.Error!.Kind.ShouldBe(ErrorKind.Conflict);
            result.Error.Code.ShouldBe("invalid_transition");
            pairing.Status.ShouldBe(from);
            pairing.StatusChangedAt.ShouldBe(Now);
            pairing.DomainEvents.ShouldBeEmpty();
        }
    }

    [Fact]
    public void Propose_StartsProposed_WithDistinctSpecialties()
    {
        var pairing = AlliancePairing.Propose(
            Guid.CreateVersion7(), Guid.CreateVersion7(), null, Guid.CreateVersion7(), null,
            ["neurology", "stroke", "neurology"], new DateOnly(2026, 1, 1), "  goals  ", Now);

        pairing.Status.ShouldBe(PairingStatus.Proposed);
        pairing.Specialties.ShouldBe(["neurology", "stroke"]);
        pairing.Goals.ShouldBe("goals");
        pairing.Covers("stroke").ShouldBeTrue();
        pairing.Covers("cardiology").ShouldBeFalse();
    }

    [Fact]
    public void Propose_WithUnknownSpecialty_IsAProgrammerError()
    {
        Should.Throw<ArgumentException>(() => AlliancePairing.Propose(
            Guid.CreateVersion7(), Guid.CreateVersion7(), null, Guid.CreateVersion7(), null,
            ["astrology"], new DateOnly(2026, 1, 1), string.Empty, Now));
    }
}
