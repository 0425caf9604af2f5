using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.TechnologyGaps;

namespace SpecialtyAlliance.Domain.Tests.TechnologyGaps;

public sealed class TechnologyGapTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Identified = new(2026, 3, 1);
    private static readonly Guid CityHospital = Guid.CreateVersion7();
    private static readonly Guid MentoringDepartment = Guid.CreateVersion7();
    private static readonly Guid Mentor = Guid.CreateVersion7();

    public enum Move
    {
        Plan,
        FirstCase,
        Establish,
        Abandon,
    }

    private static TechnologyGap Declared() =>
        TechnologyGap.Declare(
            Guid.CreateVersion7(), "cardiology", "  冠状动脉造影术 ", null, GapScope.County, GapPriority.High, Identified, null, Guid.CreateVersion7(), Now);

    private static TechnologyGap GapIn(TechnologyGapStatus status)
    {
        var gap = Declared();
        if (status is TechnologyGapStatus.Planned or TechnologyGapStatus.FirstCasePerformed or TechnologyGapStatus.Established)
        {
            gap.Plan(CityHospital, MentoringDepartment, Mentor, Identified.AddDays(90), Now).IsSuccess.ShouldBeTrue();
        }

        if (status is TechnologyGapStatus.FirstCasePerformed or TechnologyGapStatus.Established)
        {
            gap.RecordFirstCase(Identified.AddDays(60), "孙建国", null, Mentor, "SQ-0001", Now).IsSuccess.ShouldBeTrue();
        }

        if (status == TechnologyGapStatus.Established)
        {
            gap.Establish(Identified.AddDays(200), Now).IsSuccess.ShouldBeTrue();
        }

        if (status == TechnologyGapStatus.Abandoned)
        {
            gap.Abandon("无设备", Now).IsSuccess.ShouldBeTrue();
        }

        gap.Status.ShouldBe(status);
        gap.ClearDomainEvents();
        return gap;
    }

    private static Result Apply(TechnologyGap gap, Move move, DateTimeOffset at) => move switch
    {
        Move.Plan => gap.Plan(CityHospital, MentoringDepartment, Mentor, Identified.AddDays(120), at),
        Move.FirstCase => gap.RecordFirstCase(Identified.AddDays(100), "邱雅琳", null, Mentor, "ZY-0002", at),
        Move.Establish => gap.Establish(Identified.AddDays(300), at),
        _ => gap.Abandon("县医院放弃", at),
    };

    /// <summary>Every (state, move) pair: the state it leads to, or null where the move is refused.</summary>
    public static TheoryData<TechnologyGapStatus, Move, TechnologyGapStatus?> Transitions => new()
    {
        { TechnologyGapStatus.Identified, Move.Plan, TechnologyGapStatus.Planned },
        { TechnologyGapStatus.Identified, Move.FirstCase, null },
        { TechnologyGapStatus.Identified, Move.Establish, null },
        { TechnologyGapStatus.Identified, Move.Abandon, TechnologyGapStatus.Abandoned },
        { TechnologyGapStatus.Planned, Move.Plan, TechnologyGapStatus.Planned },
        { TechnologyGapStatus.Planned, Move.FirstCase, TechnologyGapStatus.FirstCasePerformed },
        { TechnologyGapStatus.Planned, Move.Establish, null },
        { TechnologyGapStatus.Planned, Move.Abandon, TechnologyGapStatus.Abandoned },
        { TechnologyGapStatus.FirstCasePerformed, Move.Plan, null },
        { TechnologyGapStatus.FirstCasePerformed, Move.FirstCase, null },
        { TechnologyGapStatus.FirstCasePerformed, Move.Establish, TechnologyGapStatus.Established },
        { TechnologyGapStatus.FirstCasePerformed, Move.Abandon, TechnologyGapStatus.Abandoned },
        { TechnologyGapStatus.Established, Move.Plan, null },
        { TechnologyGapStatus.Established, Move.FirstCase, null },
        { TechnologyGapStatus.Established, Move.Establish, null },
        { TechnologyGapStatus.Established, Move.Abandon, null },
        { TechnologyGapStatus.Abandoned, Move.Plan, null },
        { TechnologyGapStatus.Abandoned, Move.FirstCase, null },
        { TechnologyGapStatus.Abandoned, Move.Establish, null },
        { TechnologyGapStatus.Abandoned, Move.Abandon, null },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Transition_FollowsTheLifecycle(TechnologyGapStatus from, Move move, TechnologyGapStatus? expected)
    {
        var gap = GapIn(from);
        var later = Now.AddDays(3);

        var result = Apply(gap, move, later);

        if (expected is { } to)
        {
            result.IsSuccess.ShouldBeTrue();
            gap.Status.ShouldBe(to);
            if (from != to)
            {
                gap.StatusChangedAt.ShouldBe(later);
                gap.DomainEvents.ShouldContain(new TechnologyGapStatusChanged(gap.Id, from, to));
            }

            if (move == Move.Plan)
            {
                gap.DomainEvents.ShouldContain(new TechnologyGapPlanned(gap.Id));
            }
        }
        else
        {
            result.IsSuccess.ShouldBeFalse();
            result.Error!.Kind.ShouldBe(ErrorKind.Conflict);
            result.Error.Code.ShouldBe("invalid_transition");
            gap.Status.ShouldBe(from);
            gap.StatusChangedAt.ShouldBe(Now);
            gap.DomainEvents.ShouldBeEmpty();
        }
    }

    [Fact]
    public void Filled_MeansFirstCasePerformedOrEstablished()
    {
        foreach (var status in Enum.GetValues<TechnologyGapStatus>())
        {
            GapIn(status).IsFilled.ShouldBe(status is TechnologyGapStatus.FirstCasePerformed or TechnologyGapStatus.Established, status.ToString());
        }
    }

    [Fact]
    public void Plan_RecordsTheMentorTeamAndTarget_AndReplanningMovesTheTarget()
    {
        var gap = GapIn(TechnologyGapStatus.Planned);

        gap.Plan(CityHospital, MentoringDepartment, Mentor, Identified.AddDays(200), Now).IsSuccess.ShouldBeTrue();

        gap.TargetDate.ShouldBe(Identified.AddDays(200));
        gap.MentoringHospitalId.ShouldBe(CityHospital);
        gap.MentoringDepartmentId.ShouldBe(MentoringDepartment);
        gap.LeadMentorId.ShouldBe(Mentor);
        gap.DomainEvents.ShouldHaveSingleItem().ShouldBe(new TechnologyGapPlanned(gap.Id));
    }

    [Fact]
    public void FirstCase_IsTheDateTheGapWasFilled_WithWhoDidItAndAPseudonymousReference()
    {
        var gap = GapIn(TechnologyGapStatus.Planned);

        gap.RecordFirstCase(Identified.AddDays(45), " 孙建国 ", null, Mentor, " SQ-CV-0007 ", Now).IsSuccess.ShouldBeTrue();

        gap.FirstCaseOn.ShouldBe(Identified.AddDays(45));
        gap.LeadOperatorName.ShouldBe("孙建国");
        gap.SupervisingMentorId.ShouldBe(Mentor);
        gap.CaseReference.ShouldBe("SQ-CV-0007");
    }

    [Fact]
    public void Dates_BeforeTheGapWasIdentified_OrAnEstablishmentBeforeTheFirstCase_AreFieldErrors()
    {
        var planned = GapIn(TechnologyGapStatus.Planned);
        planned.Plan(CityHospital, MentoringDepartment, Mentor, Identified.AddDays(-1), Now).Error!.FieldErrors!.Keys.ShouldBe(["targetDate"]);
        planned.RecordFirstCase(Identified.AddDays(-1), "x", null, Mentor, "r", Now).Error!.FieldErrors!.Keys.ShouldBe(["performedOn"]);
        planned.Status.ShouldBe(TechnologyGapStatus.Planned);

        var filled = GapIn(TechnologyGapStatus.FirstCasePerformed);
        filled.Establish(Identified.AddDays(59), Now).Error!.FieldErrors!.Keys.ShouldBe(["establishedOn"]);
        filled.Status.ShouldBe(TechnologyGapStatus.FirstCasePerformed);
    }

    [Fact]
    public void Abandon_KeepsTheReason()
    {
        var gap = GapIn(TechnologyGapStatus.Identified);

        gap.Abandon("  暂无设备  ", Now).IsSuccess.ShouldBeTrue();

        gap.AbandonReason.ShouldBe("暂无设备");
    }
}
