using SpecialtyAlliance.Domain.Availability;

namespace SpecialtyAlliance.Domain.Tests.Consultations;

/// <summary>A slot is available inside one weekly window (Asia/Shanghai local time) or one Available block, and outside every Unavailable block.</summary>
public sealed class AvailabilityRulesTests
{
    private static readonly Guid Specialist = Guid.CreateVersion7();

    /// <summary>The alliance's zone as the application hands it to the rule (UTC+8, no daylight saving).</summary>
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "CST", "CST");

    // Monday 7 December 2026, local time (UTC+8).
    private static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static readonly AvailabilityWindow[] Weekdays =
    [
        AvailabilityWindow.Weekly(Specialist, DayOfWeek.Monday, new TimeOnly(8, 30), new TimeOnly(12, 0)),
        AvailabilityWindow.Weekly(Specialist, DayOfWeek.Monday, new TimeOnly(14, 30), new TimeOnly(17, 30)),
    ];

    [Theory]
    [InlineData(7, 8, 30, 9, 0, true)]
    [InlineData(7, 11, 30, 12, 0, true)]
    [InlineData(7, 8, 0, 8, 45, false)]
    [InlineData(7, 11, 45, 12, 15, false)]
    [InlineData(7, 12, 0, 12, 30, false)]
    [InlineData(7, 14, 30, 16, 30, true)]
    [InlineData(8, 9, 0, 9, 30, false)]
    public void WeeklyWindows_AreInShanghaiLocalTime(int day, int startHour, int startMinute, int endHour, int endMinute, bool available) =>
        AvailabilityRules.Covers(Weekdays, Local(day, startHour, startMinute), Local(day, endHour, endMinute), Shanghai).ShouldBe(available);

    [Fact]
    public void TheSameSlot_GivenInUtc_IsJudgedInLocalTime()
    {
        // 01:00–01:30 UTC on Monday is 09:00–09:30 in Shanghai.
        var start = new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);
        AvailabilityRules.Covers(Weekdays, start, start.AddMinutes(30), Shanghai).ShouldBeTrue();
        // 09:00–09:30 UTC is 17:00–17:30 local: inside the afternoon window.
        AvailabilityRules.Covers(Weekdays, start.AddHours(8), start.AddHours(8).AddMinutes(30), Shanghai).ShouldBeTrue();
        // 10:00 UTC is 18:00 local: outside.
        AvailabilityRules.Covers(Weekdays, start.AddHours(9), start.AddHours(9).AddMinutes(30), Shanghai).ShouldBeFalse();
    }

    [Fact]
    public void AnAvailableBlock_OpensTimeOutsideTheWeek_AndAnUnavailableBlockClosesAnyTime()
    {
        var saturday = AvailabilityWindow.Block(Specialist, AvailabilityKind.Available, Local(12, 9), Local(12, 12));
        var leave = AvailabilityWindow.Block(Specialist, AvailabilityKind.Unavailable, Local(7, 10), Local(7, 11));
        AvailabilityWindow[] windows = [.. Weekdays, saturday, leave];

        AvailabilityRules.Covers(windows, Local(12, 10), Local(12, 11), Shanghai).ShouldBeTrue();
        AvailabilityRules.Covers(windows, Local(12, 11, 30), Local(12, 12, 30), Shanghai).ShouldBeFalse("it must lie wholly inside the block");
        AvailabilityRules.Covers(windows, Local(7, 9), Local(7, 9, 30), Shanghai).ShouldBeTrue();
        AvailabilityRules.Covers(windows, Local(7, 10, 45), Local(7, 11, 15), Shanghai).ShouldBeFalse("it overlaps the leave");
        AvailabilityRules.Covers(windows, Local(7, 11), Local(7, 11, 30), Shanghai).ShouldBeTrue("the leave ends at 11:00");
    }

    [Fact]
    public void NoAvailability_MeansNoSlot() =>
        AvailabilityRules.Covers([], Local(7, 9), Local(7, 9, 30), Shanghai).ShouldBeFalse();
}
