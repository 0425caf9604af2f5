using SpecialtyAlliance.Domain.Activities;

namespace SpecialtyAlliance.Domain.Tests.Activities;

public sealed class JointActivityTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private static JointActivity Record(ActivityKind kind, bool live, params Guid[] hospitals) =>
        JointActivity.Record(kind, " 年会 ", new DateOnly(2026, 6, 11), " 紫阳县 ", live, hospitals, [], 60, 300, " 手术直播 ", Guid.CreateVersion7(), Now);

    [Theory]
    [InlineData(ActivityKind.AcademicForum)]
    [InlineData(ActivityKind.SurgicalTeaching)]
    public void LiveSurgery_IsForForumsAndSurgicalTeaching(ActivityKind kind)
    {
        Record(kind, true, Guid.CreateVersion7()).LiveSurgery.ShouldBeTrue();
    }

    [Theory]
    [InlineData(ActivityKind.ThemePartyDay)]
    [InlineData(ActivityKind.FreeClinic)]
    [InlineData(ActivityKind.PartyAffairsTraining)]
    [InlineData(ActivityKind.TeachingRounds)]
    public void LiveSurgery_ElsewhereIsAProgrammerError(ActivityKind kind)
    {
        Should.Throw<ArgumentException>(() => Record(kind, true, Guid.CreateVersion7()));
    }

    [Fact]
    public void Record_KeepsDistinctHospitals_AndTrimsText()
    {
        var hospital = Guid.CreateVersion7();

        var activity = Record(ActivityKind.AcademicForum, false, hospital, hospital, Guid.CreateVersion7());

        activity.HospitalIds.Count.ShouldBe(2);
        activity.Title.ShouldBe("年会");
        activity.Place.ShouldBe("紫阳县");
        activity.Summary.ShouldBe("手术直播");
    }

    [Fact]
    public void Record_WithNoHospital_IsAProgrammerError()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Record(ActivityKind.FreeClinic, false));
    }
}
