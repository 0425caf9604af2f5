using SpecialtyAlliance.Domain.Rotations;

namespace SpecialtyAlliance.Domain.Tests.Rotations;

public sealed class SupportRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    public enum Move
    {
        Answer,
        Withdraw,
        Reopen,
    }

    private static SupportRequest RequestIn(SupportRequestStatus status)
    {
        var request = SupportRequest.Create(Guid.CreateVersion7(), null, "critical-care", " 组建重症医学科 ", 12, Guid.CreateVersion7(), Now);
        switch (status)
        {
            case SupportRequestStatus.Answered:
                request.Answer(Now);
                break;
            case SupportRequestStatus.Withdrawn:
                request.Withdraw(Now);
                break;
            default:
                break;
        }

        request.Status.ShouldBe(status);
        return request;
    }

    public static TheoryData<SupportRequestStatus, Move, SupportRequestStatus?> Transitions => new()
    {
        { SupportRequestStatus.Open, Move.Answer, SupportRequestStatus.Answered },
        { SupportRequestStatus.Open, Move.Withdraw, SupportRequestStatus.Withdrawn },
        { SupportRequestStatus.Open, Move.Reopen, null },
        { SupportRequestStatus.Answered, Move.Answer, SupportRequestStatus.Answered },
        { SupportRequestStatus.Answered, Move.Withdraw, null },
        { SupportRequestStatus.Answered, Move.Reopen, SupportRequestStatus.Open },
        { SupportRequestStatus.Withdrawn, Move.Answer, null },
        { SupportRequestStatus.Withdrawn, Move.Withdraw, null },
        { SupportRequestStatus.Withdrawn, Move.Reopen, null },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Transition_FollowsTheLifecycle(SupportRequestStatus from, Move move, SupportRequestStatus? expected)
    {
        var request = RequestIn(from);

        var result = move switch
        {
            Move.Answer => request.Answer(Now.AddDays(1)),
            Move.Withdraw => request.Withdraw(Now.AddDays(1)),
            _ => request.Reopen(Now.AddDays(1)),
        };

        if (expected is { } to)
        {
            result.IsSuccess.ShouldBeTrue();
            request.Status.ShouldBe(to);
        }
        else
        {
            result.Error!.Code.ShouldBe("invalid_transition");
            request.Status.ShouldBe(from);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    public void Create_WantingLessThanOneOrMoreThan24Months_IsAProgrammerError(int months)
    {
        Should.Throw<ArgumentOutOfRangeException>(() =>
            SupportRequest.Create(Guid.CreateVersion7(), null, "critical-care", "need", months, Guid.CreateVersion7(), Now));
    }

    [Fact]
    public void Create_IsOpen_WithTheNeedTrimmed()
    {
        var request = RequestIn(SupportRequestStatus.Open);

        request.Need.ShouldBe("组建重症医学科");
        request.MonthsWanted.ShouldBe(12);
        request.RequestedAt.ShouldBe(Now);
    }
}
