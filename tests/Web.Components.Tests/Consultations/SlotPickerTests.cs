using SpecialtyAlliance.Contracts.Staff;
using System.Net;
using Bunit;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Web.Components.Consultations;
using SpecialtyAlliance.Web.Localization;
using SpecialtyAlliance.Web.Services;
using static SpecialtyAlliance.Web.Components.Tests.Consultations.ConsultationData;

namespace SpecialtyAlliance.Web.Components.Tests.Consultations;

/// <summary>
/// The schedule picker: a week of the specialist's availability and bookings, a start and a length of 15–120 minutes; what
/// cannot be booked is said in words before sending, and a slot taken meanwhile (409 slot_taken) is explained, not shown raw.
/// </summary>
public sealed class SlotPickerTests : ConsultationContext
{
    private readonly List<ScheduleRequest> _sent = [];
    private ApiProblem? _answer;

    [Fact]
    public async Task TheWeek_OpensOnTheFirstDayWithTimeLeft_AndMarksBookedTimes()
    {
        var picker = await RenderPickerAsync(Booking(Local(4, 10, 30), 30));

        picker.Find("[data-testid=slot-picker]").GetAttribute("data-day").ShouldBe("2026-03-04");
        Cell(picker, "10:30").GetAttribute("data-state").ShouldBe("Booked");
        Cell(picker, "10:30").HasAttribute("disabled").ShouldBeTrue();
        Cell(picker, "11:00").GetAttribute("data-state").ShouldBe("Available");
        Cell(picker, "09:00").GetAttribute("data-state").ShouldBe("Past");
        Cell(picker, "12:15").GetAttribute("data-state").ShouldBe("Unavailable");
        picker.FindAll("[data-testid=slot-day]").Select(d => d.GetAttribute("data-open")).ShouldBe(["false", "false", "true", "true", "true", "false", "false"]);
        picker.Find("[data-testid=slot-submit]").HasAttribute("disabled").ShouldBeTrue();
        picker.Find("[data-testid=slot-verdict]").TextContent.ShouldContain("请先在日历上点击开始时间");
    }

    [Fact]
    public async Task AStartAndALength_ThatFit_AreSentAsTheSlot_InUtc()
    {
        var picker = await RenderPickerAsync();

        Cell(picker, "11:00").Click();
        await ChooseDurationAsync(picker, 45);

        picker.Find("[data-testid=slot-selection]").TextContent.ShouldContain("周三 3月4日 11:00–11:45（45 分钟）");
        picker.FindAll("[data-testid=slot-verdict]").ShouldBeEmpty();
        picker.FindAll(".slot-cell.slot-selected").Select(c => c.GetAttribute("data-time")).ShouldBe(["11:00", "11:15", "11:30"]);
        picker.Find("[data-testid=slot-submit]").Click();

        picker.WaitForAssertion(() => _sent.ShouldHaveSingleItem().ShouldBe(new ScheduleRequest(Local(4, 11), Local(4, 11, 45))));
        _sent[0].StartsAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task ALengthThatRunsIntoABooking_IsExplained_AndCannotBeSent()
    {
        var picker = await RenderPickerAsync(Booking(Local(4, 11, 30), 30));

        Cell(picker, "11:00").Click();
        await ChooseDurationAsync(picker, 60);

        var verdict = picker.Find("[data-testid=slot-verdict]");
        verdict.GetAttribute("data-verdict").ShouldBe("Taken");
        verdict.TextContent.ShouldContain("与您已有的预约重叠");
        picker.Find("[data-testid=slot-submit]").HasAttribute("disabled").ShouldBeTrue();

        await ChooseDurationAsync(picker, 30);

        picker.FindAll("[data-testid=slot-verdict]").ShouldBeEmpty();
        picker.Find("[data-testid=slot-submit]").HasAttribute("disabled").ShouldBeFalse();
    }

    [Fact]
    public async Task ALengthThatRunsPastTheWindow_IsExplained()
    {
        var picker = await RenderPickerAsync();

        Cell(picker, "11:30").Click();
        await ChooseDurationAsync(picker, 60);

        picker.Find("[data-testid=slot-verdict]").GetAttribute("data-verdict").ShouldBe("OutsideAvailability");
        picker.Find("[data-testid=slot-verdict]").TextContent.ShouldContain("超出了您的出诊时间");
    }

    [Fact]
    public async Task TheLengthsOffered_AreFrom15To120Minutes()
    {
        var picker = await RenderPickerAsync();

        Cell(picker, "11:00").Click();
        picker.Find("[data-testid=slot-selection]").TextContent.ShouldContain("（30 分钟）", customMessage: "half an hour unless chosen otherwise");
        picker.FindComponents<MudBlazor.MudSelectItem<int>>().Select(i => i.Instance.Value).ShouldBe([15, 30, 45, 60, 75, 90, 105, 120]);
    }

    [Fact]
    public async Task ASlotTakenMeanwhile_IsExplainedInWords_AndTheCalendarIsReadAgain()
    {
        var picker = await RenderPickerAsync();
        _answer = new ApiProblem { Status = 409, Code = "slot_taken", Detail = "This time overlaps another booking of the specialist." };
        Cell(picker, "11:00").Click();

        // Someone else's request booked 11:00 after the calendar was read.
        Api.Get($"/api/specialists/{Me.Id}/bookings", new[] { Booking(Local(4, 11), 30) });
        picker.Find("[data-testid=slot-submit]").Click();

        picker.WaitForAssertion(() => picker.Find("[data-testid=slot-taken]").TextContent.ShouldContain("这个时间段已被预约"));
        picker.Markup.ShouldNotContain("overlaps another booking");
        picker.WaitForAssertion(() => Cell(picker, "11:00").GetAttribute("data-state").ShouldBe("Booked"));
        picker.Find("[data-testid=slot-verdict]").GetAttribute("data-verdict").ShouldBe("Taken");
        Api.Requests.Count(r => r.PathAndQuery.StartsWith($"/api/specialists/{Me.Id}/bookings", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task OutsideAvailability_FromTheApi_IsExplainedInWords()
    {
        var picker = await RenderPickerAsync();
        _answer = new ApiProblem { Status = 409, Code = "outside_availability", Detail = "This time is outside the specialist's published availability." };
        Cell(picker, "11:00").Click();

        picker.Find("[data-testid=slot-submit]").Click();

        picker.WaitForAssertion(() => picker.Find("[data-testid=problem-text]").TextContent.ShouldContain("不在专家公布的出诊时间内"));
    }

    [Fact]
    public async Task TheNextWeek_IsReadWithItsBookings()
    {
        var picker = await RenderPickerAsync();

        picker.Find("[data-testid=slot-next-week]").Click();

        picker.WaitForAssertion(() => picker.Find("[data-testid=slot-picker]").GetAttribute("data-week").ShouldBe("2026-03-09"));
        picker.Find("[data-testid=slot-picker]").GetAttribute("data-day").ShouldBe("2026-03-09");
        Api.Requests.ShouldContain(r => r.PathAndQuery == $"/api/specialists/{Me.Id}/bookings?from=2026-03-08T16%3A00%3A00Z&to=2026-03-15T16%3A00%3A00Z");
        Cell(picker, "08:30").GetAttribute("data-state").ShouldBe("Available");
    }

    [Fact]
    public async Task ThePicker_SpeaksEnglish_AfterASwitch()
    {
        var picker = await RenderPickerAsync();
        Cell(picker, "11:00").Click();

        await picker.InvokeAsync(() => Localizer.SetLanguageAsync(Language.En));

        picker.WaitForAssertion(() => picker.Find("[data-testid=slot-selection]").TextContent.ShouldContain("Wed 4 Mar 11:00–11:30 (30 min)"));
        picker.Markup.ShouldContain("Choose a time");
    }

    private async Task<IRenderedComponent<SlotPicker>> RenderPickerAsync(params Contracts.Availability.BookingResponse[] bookings)
    {
        await SignInAsAsync(StaffRole.Specialist);
        Api.Get($"/api/specialists/{Me.Id}/availability", Weekdays(Me.Id));
        Api.Get($"/api/specialists/{Me.Id}/bookings", bookings);
        RenderProviders();
        var picker = Render<SlotPicker>(p => p
            .Add(x => x.SpecialistId, Me.Id)
            .Add(x => x.SubmitText, "预约会诊时间")
            .Add(x => x.OnSubmit, slot =>
            {
                _sent.Add(slot);
                return Task.FromResult(_answer);
            }));
        picker.WaitForElement("[data-testid=slot-grid]");
        return picker;
    }

    private static AngleSharp.Dom.IElement Cell(IRenderedComponent<SlotPicker> picker, string time) =>
        picker.Find($"[data-testid=slot][data-time='{time}']");

    private static async Task ChooseDurationAsync(IRenderedComponent<SlotPicker> picker, int minutes)
    {
        var select = picker.FindComponent<MudBlazor.MudSelect<int>>();
        await picker.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(minutes));
    }
}
