using System.Globalization;
using Microsoft.Playwright;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>The people and steps the consultation journeys share.</summary>
internal static class ConsultationJourney
{
    public const string IcuSpecialist = "icu@ankang.demo";
    public const string HanyinClinician = "doctor@hanyin.demo";

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>
    /// A whole-page screenshot from the top (the app bar is fixed: from a scrolled page it would be drawn mid-page), once
    /// the passing notices have gone, so they do not cover the page.
    /// </summary>
    public static async Task QuietScreenshotAsync(this IPage page, string name)
    {
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(name);
    }

    /// <summary>The instant of a calendar cell: the picker's day and the cell's Beijing time.</summary>
    public static async Task<DateTimeOffset> SlotStartAsync(ILocator picker, ILocator cell)
    {
        var day = DateOnly.ParseExact((await picker.GetByTestId("slot-picker").GetAttributeAsync("data-day"))!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var time = TimeOnly.ParseExact((await cell.GetAttributeAsync("data-time"))!, "HH:mm", CultureInfo.InvariantCulture);
        return new DateTimeOffset(day.ToDateTime(time), Beijing).ToUniversalTime();
    }

    /// <summary>The picker shows next week (always inside the demo specialists' weekday hours).</summary>
    public static async Task ShowNextWeekAsync(ILocator picker)
    {
        await Assertions.Expect(picker.GetByTestId("slot-grid")).ToBeVisibleAsync();
        var week = await picker.GetByTestId("slot-picker").GetAttributeAsync("data-week");
        await picker.GetByTestId("slot-next-week").ClickAsync();
        await Assertions.Expect(picker.GetByTestId("slot-picker")).Not.ToHaveAttributeAsync("data-week", week!);
    }
}
