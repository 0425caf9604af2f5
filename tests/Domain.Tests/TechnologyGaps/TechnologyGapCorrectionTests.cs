using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.TechnologyGaps;

namespace SpecialtyAlliance.Domain.Tests.TechnologyGaps;

/// <summary>What each state of a gap lets a correction change (ADR 0037).</summary>
public sealed class TechnologyGapCorrectionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Identified = new(2026, 3, 1);
    private static readonly DateOnly Target = Identified.AddDays(90);

    private static TechnologyGap GapIn(TechnologyGapStatus status)
    {
        var gap = TechnologyGap.Declare(
            Guid.CreateVersion7(), "cardiology", "冠状动脉造影术", null, GapScope.County, GapPriority.High, Identified, Target, Guid.CreateVersion7(), Now);
        var mentor = Guid.CreateVersion7();
        if (status is TechnologyGapStatus.Planned or TechnologyGapStatus.FirstCasePerformed or TechnologyGapStatus.Established)
        {
            gap.Plan(Guid.CreateVersion7(), Guid.CreateVersion7(), mentor, Target, Now).IsSuccess.ShouldBeTrue();
        }

        if (status is TechnologyGapStatus.FirstCasePerformed or TechnologyGapStatus.Established)
        {
            gap.RecordFirstCase(Identified.AddDays(60), "孙建国", null, mentor, "SQ-0001", Now).IsSuccess.ShouldBeTrue();
        }

        if (status == TechnologyGapStatus.Established)
        {
            gap.Establish(Identified.AddDays(120), Now).IsSuccess.ShouldBeTrue();
        }

        if (status == TechnologyGapStatus.Abandoned)
        {
            gap.Abandon("设备未到位", Now).IsSuccess.ShouldBeTrue();
        }

        gap.ClearDomainEvents();
        return gap;
    }

    [Theory]
    [InlineData(TechnologyGapStatus.Identified, null)]
    [InlineData(TechnologyGapStatus.Planned, null)]
    [InlineData(TechnologyGapStatus.FirstCasePerformed, "gap_filled")]
    [InlineData(TechnologyGapStatus.Established, "gap_closed")]
    [InlineData(TechnologyGapStatus.Abandoned, "gap_closed")]
    public void RenamingTheTechnique(TechnologyGapStatus status, string? refused)
    {
        var gap = GapIn(status);
        var result = gap.Correct("经桡动脉冠状动脉造影术", gap.Description, gap.Scope, gap.Priority, gap.TargetDate);
        result.Error?.Code.ShouldBe(refused);
        gap.Technique.ShouldBe(refused is null ? "经桡动脉冠状动脉造影术" : "冠状动脉造影术");
    }

    [Theory]
    [InlineData(TechnologyGapStatus.Identified, null)]
    [InlineData(TechnologyGapStatus.Planned, null)]
    [InlineData(TechnologyGapStatus.FirstCasePerformed, "gap_filled")]
    [InlineData(TechnologyGapStatus.Established, "gap_filled")]
    [InlineData(TechnologyGapStatus.Abandoned, "gap_closed")]
    public void MovingTheTargetDate_AndItsReminderWithIt(TechnologyGapStatus status, string? refused)
    {
        var gap = GapIn(status);
        var result = gap.Correct(gap.Technique, gap.Description, gap.Scope, gap.Priority, Target.AddDays(30));
        result.Error?.Code.ShouldBe(refused);
        if (refused is null)
        {
            gap.TargetDate.ShouldBe(Target.AddDays(30));
            gap.DomainEvents.ShouldContain(e => e is TechnologyGapPlanned);
        }
        else
        {
            gap.TargetDate.ShouldBe(Target);
            gap.DomainEvents.ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData(TechnologyGapStatus.Identified)]
    [InlineData(TechnologyGapStatus.FirstCasePerformed)]
    [InlineData(TechnologyGapStatus.Established)]
    [InlineData(TechnologyGapStatus.Abandoned)]
    public void TheDescription_IsAlwaysCorrectable(TechnologyGapStatus status)
    {
        var gap = GapIn(status);
        gap.Correct(gap.Technique, "  规范化培训  ", gap.Scope, gap.Priority, gap.TargetDate).IsSuccess.ShouldBeTrue();
        gap.Description.ShouldBe("规范化培训");
    }

    [Fact]
    public void APlannedGap_KeepsATargetDate_AndNoTargetPrecedesItsIdentification()
    {
        var planned = GapIn(TechnologyGapStatus.Planned);
        planned.Correct(planned.Technique, null, planned.Scope, planned.Priority, null).Error!.FieldErrors!.Keys.ShouldBe(["targetDate"]);
        planned.Correct(planned.Technique, null, planned.Scope, planned.Priority, Identified.AddDays(-1)).Error!.Kind.ShouldBe(ErrorKind.Validation);
        planned.TargetDate.ShouldBe(Target);
    }
}
