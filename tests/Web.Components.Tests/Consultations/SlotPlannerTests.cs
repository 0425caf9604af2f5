using SpecialtyAlliance.Contracts.Availability;
using SpecialtyAlliance.Web.Consultations;
using static SpecialtyAlliance.Web.Components.Tests.Consultations.ConsultationData;

namespace SpecialtyAlliance.Web.Components.Tests.Consultations;

/// <summary>
/// The schedule picker's rules, as the API applies them (ADR 0010): 15–120 minutes, in the future, inside one weekly window
/// (Beijing time) or one available block, no unavailable block, no other active booking — the moved consultation's own
/// booking excepted.
/// </summary>
public sealed class SlotPlannerTests
{
    private static readonly Guid Specialist = Guid.NewGuid();

    [Theory]
    [InlineData(14, SlotVerdict.BadDuration)]
    [InlineData(15, SlotVerdict.Free)]
    [InlineData(120, SlotVerdict.OutsideAvailability)]
    [InlineData(121, SlotVerdict.BadDuration)]
    public void Durations_AreFrom15To120Minutes(int minutes, SlotVerdict verdict)
    {
        var planner = new SlotPlanner(Weekdays(Specialist), []);

        // Thursday 11:00: 15 minutes fit the morning window (08:30–12:00); 120 would run past noon.
        planner.Check(Local(5, 11), minutes, Now).ShouldBe(verdict);
    }

    [Fact]
    public void TheDurationsOffered_AreQuarterHoursFrom15To120()
    {
        SlotPlanner.Durations.ShouldBe([15, 30, 45, 60, 75, 90, 105, 120]);
    }

    [Fact]
    public void ASlotInsideAWeeklyWindow_IsFree_UpToItsLastMinute()
    {
        var planner = new SlotPlanner(Weekdays(Specialist), []);

        planner.Check(Local(5, 8, 30), 120, Now).ShouldBe(SlotVerdict.Free);
        planner.Check(Local(5, 11, 30), 30, Now).ShouldBe(SlotVerdict.Free);
        planner.Check(Local(5, 11, 45), 30, Now).ShouldBe(SlotVerdict.OutsideAvailability);
        planner.Check(Local(5, 12, 0), 15, Now).ShouldBe(SlotVerdict.OutsideAvailability, "the lunch break between the two windows");
        planner.Check(Local(7, 9, 0), 30, Now).ShouldBe(SlotVerdict.OutsideAvailability, "a Saturday");
    }

    [Fact]
    public void ASlotSpanningTwoWindows_IsOutside_LikeTheApiSays()
    {
        var availability = Weekdays(Specialist) with
        {
            Weekly = [new WeeklyWindowResponse(WeekDay.Thursday, new TimeOnly(8, 0), new TimeOnly(10, 0)), new WeeklyWindowResponse(WeekDay.Thursday, new TimeOnly(10, 0), new TimeOnly(12, 0))],
        };

        new SlotPlanner(availability, []).Check(Local(5, 9, 30), 60, Now).ShouldBe(SlotVerdict.OutsideAvailability);
    }

    [Fact]
    public void ASlotInThePast_OrStartingNow_IsRefused()
    {
        var planner = new SlotPlanner(Weekdays(Specialist), []);

        planner.Check(Now, 15, Now).ShouldBe(SlotVerdict.InThePast);
        planner.Check(Local(4, 9, 0), 15, Now).ShouldBe(SlotVerdict.InThePast);
        planner.Check(Now.AddMinutes(15), 15, Now).ShouldBe(SlotVerdict.Free);
    }

    [Fact]
    public void ASlotOverlappingABooking_IsTaken_ButOneEndingWhereItStarts_IsNot()
    {
        var planner = new SlotPlanner(Weekdays(Specialist), [Booking(Local(5, 10, 0), 30)]);

        planner.Check(Local(5, 9, 45), 30, Now).ShouldBe(SlotVerdict.Taken);
        planner.Check(Local(5, 10, 15), 15, Now).ShouldBe(SlotVerdict.Taken);
        planner.Check(Local(5, 9, 30), 30, Now).ShouldBe(SlotVerdict.Free, "[09:30, 10:00) ends where the booking starts");
        planner.Check(Local(5, 10, 30), 30, Now).ShouldBe(SlotVerdict.Free);
    }

    [Fact]
    public void ReleasedBookings_AndTheMovedConsultationsOwnBooking_DoNotCount()
    {
        var own = Guid.NewGuid();
        var bookings = new[] { Booking(Local(5, 10, 0), 30, own), Booking(Local(5, 11, 0), 30, status: "Released") };

        new SlotPlanner(Weekdays(Specialist), bookings, ownConsultationId: own).Check(Local(5, 10, 15), 30, Now).ShouldBe(SlotVerdict.Free);
        new SlotPlanner(Weekdays(Specialist), bookings).Check(Local(5, 10, 15), 30, Now).ShouldBe(SlotVerdict.Taken);
        new SlotPlanner(Weekdays(Specialist), bookings).Check(Local(5, 11, 0), 30, Now).ShouldBe(SlotVerdict.Free);
    }

    [Fact]
    public void AnUnavailableBlock_WinsOverEveryWindow_AndAnAvailableBlockOpensAWeekend()
    {
        var availability = Weekdays(Specialist) with
        {
            Blocks =
            [
                new AvailabilityBlockResponse(Local(5, 0), Local(6, 0), AvailabilityKind.Unavailable),
                new AvailabilityBlockResponse(Local(7, 9), Local(7, 12), AvailabilityKind.Available),
            ],
        };
        var planner = new SlotPlanner(availability, []);

        planner.Check(Local(5, 9, 0), 30, Now).ShouldBe(SlotVerdict.OutsideAvailability, "on leave on Thursday");
        planner.Check(Local(7, 9, 0), 60, Now).ShouldBe(SlotVerdict.Free, "an extra Saturday clinic");
        planner.HasAvailability(new DateOnly(2026, 3, 5), Now).ShouldBeFalse();
        planner.HasAvailability(new DateOnly(2026, 3, 7), Now).ShouldBeTrue();
    }

    [Fact]
    public void TheCalendarOfADay_MarksEachQuarterHour()
    {
        var planner = new SlotPlanner(Weekdays(Specialist), [Booking(Local(4, 10, 30), 30)]);

        var cells = planner.Day(new DateOnly(2026, 3, 4), Now);

        cells.First().LocalStart.ShouldBe(new TimeOnly(8, 0));
        cells.Last().LocalStart.ShouldBe(new TimeOnly(17, 45));
        State(cells, 9, 45).ShouldBe(CellState.Past, "it is 10:00 in Beijing");
        State(cells, 10, 0).ShouldBe(CellState.Past);
        State(cells, 10, 15).ShouldBe(CellState.Available);
        State(cells, 10, 30).ShouldBe(CellState.Booked);
        State(cells, 10, 45).ShouldBe(CellState.Booked);
        State(cells, 11, 0).ShouldBe(CellState.Available);
        State(cells, 12, 0).ShouldBe(CellState.Unavailable);
        State(cells, 14, 30).ShouldBe(CellState.Available);
    }

    [Fact]
    public void TheCalendar_StretchesToAnEarlyWindow()
    {
        var availability = Weekdays(Specialist) with { Weekly = [new WeeklyWindowResponse(WeekDay.Thursday, new TimeOnly(6, 30), new TimeOnly(20, 0))] };

        var cells = new SlotPlanner(availability, []).Day(new DateOnly(2026, 3, 5), Now);

        cells.First().LocalStart.ShouldBe(new TimeOnly(6, 30));
        cells.Last().LocalStart.ShouldBe(new TimeOnly(19, 45));
    }

    [Fact]
    public void LocalTimes_AreBeijingTime()
    {
        SlotPlanner.At(new DateOnly(2026, 3, 5), new TimeOnly(9, 0)).ShouldBe(new DateTimeOffset(2026, 3, 5, 1, 0, 0, TimeSpan.Zero));
        SlotPlanner.LocalDay(new DateTimeOffset(2026, 3, 4, 17, 0, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 3, 5));
        SlotPlanner.WeekOf(new DateOnly(2026, 3, 8)).ShouldBe(new DateOnly(2026, 3, 2), "a Sunday belongs to the week that began on Monday");
    }

    private static CellState State(IReadOnlyList<SlotCell> cells, int hour, int minute) => cells.Single(c => c.LocalStart == new TimeOnly(hour, minute)).State;
}
