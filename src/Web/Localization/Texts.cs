using System.Globalization;
using SpecialtyAlliance.Contracts.Common;

namespace SpecialtyAlliance.Web.Localization;

/// <summary>
/// Every string the interface shows, in Chinese and English side by side (ADR 0019). One instance per
/// language; the <see cref="Localizer"/> holds the current one. A page adds its strings in its own partial
/// file (<c>Texts.Feature.cs</c>); because each entry names both languages, none can be missing.
/// Dates and times are shown in Asia/Shanghai (the API speaks UTC), in the language's own format.
/// </summary>
public sealed partial class Texts
{
    public static readonly Texts Zh = new(Language.Zh);
    public static readonly Texts En = new(Language.En);

    private static readonly TimeZoneInfo Shanghai = AllianceCalendar.Zone;

    private Texts(Language language)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language == Language.En ? "en-US" : "zh-CN");
    }

    public Language Language { get; }

    public CultureInfo Culture { get; }

    public static Texts For(Language language) => language == Language.En ? En : Zh;

    /// <summary>The time zone every time is shown in.</summary>
    public static TimeZoneInfo TimeZone => Shanghai;

    private string P(string zh, string en) => Language == Language.En ? en : zh;

    /// <summary>A UTC instant as a date and time in Asia/Shanghai: "2026年3月5日 14:30" / "5 Mar 2026, 14:30".</summary>
    public string DateTime(DateTimeOffset instant) =>
        ToShanghai(instant).ToString(P("yyyy年M月d日 HH:mm", "d MMM yyyy, HH:mm"), Culture);

    /// <summary>A calendar date: "2026年3月5日" / "5 Mar 2026".</summary>
    public string Date(DateOnly date) => date.ToString(P("yyyy年M月d日", "d MMM yyyy"), Culture);

    /// <summary>A UTC instant as a time of day in Asia/Shanghai.</summary>
    public string Time(DateTimeOffset instant) => ToShanghai(instant).ToString("HH:mm", Culture);

    public static DateTimeOffset ToShanghai(DateTimeOffset instant) => AllianceCalendar.ToLocal(instant);

    public string Number(int value) => value.ToString("N0", Culture);

}
