using System.Globalization;
using SpecialtyAlliance.Web.Localization;
using SpecialtyAlliance.Contracts.Common;

namespace SpecialtyAlliance.Web.Services;

/// <summary>The named periods the dashboard and the scorecard offer beside their date fields.</summary>
public enum ReportPreset
{
    ThisYear,
    Last12Months,
    Last30Days,
}

/// <summary>
/// What a dashboard or scorecard shows: a period (both days included) and, for the dashboard, a hospital (null: the
/// whole alliance). It lives in the page's address (<c>?from=&amp;to=&amp;hospitalId=</c>) and becomes the API's query
/// string here, in one place, so the page, its CSV links and its tests agree.
/// </summary>
public sealed record ReportFilter(DateOnly From, DateOnly To, Guid? HospitalId = null)
{
    /// <summary>Today in the alliance's calendar (Asia/Shanghai).</summary>
    public static DateOnly Today(TimeProvider clock) => AllianceCalendar.Today(clock);

    public static ReportFilter Preset(ReportPreset preset, DateOnly today, Guid? hospitalId = null) => preset switch
    {
        ReportPreset.Last12Months => new(today.AddMonths(-12).AddDays(1), today, hospitalId),
        ReportPreset.Last30Days => new(today.AddDays(-29), today, hospitalId),
        _ => new(new DateOnly(today.Year, 1, 1), today, hospitalId),
    };

    /// <summary>
    /// The filter of an address: what it names, the rest by default (<paramref name="fallback"/>: this year to date for the
    /// dashboard, the last 12 months for a scorecard — the API's own defaults). A period turned around is put right.
    /// </summary>
    public static ReportFilter FromAddress(DateOnly? from, DateOnly? to, Guid? hospitalId, DateOnly today, ReportPreset fallback)
    {
        var defaults = Preset(fallback, to ?? today);
        var (start, end) = (from ?? defaults.From, to ?? defaults.To);
        return end < start ? new(end, start, hospitalId) : new(start, end, hospitalId);
    }

    /// <summary>Which preset this filter is, if any (the page highlights it).</summary>
    public ReportPreset? MatchingPreset(DateOnly today) =>
        Enum.GetValues<ReportPreset>().Cast<ReportPreset?>().FirstOrDefault(p => Preset(p!.Value, today) is var f && f.From == From && f.To == To);

    /// <summary><c>from=…&amp;to=…</c>, then <c>&amp;hospitalId=…</c> when one is chosen.</summary>
    public string Query => $"from={Day(From)}&to={Day(To)}" + (HospitalId is { } id ? $"&hospitalId={id}" : string.Empty);

    public string KpisUrl => $"api/reports/kpis?{Query}";

    public string KpisCsvUrl => $"api/reports/kpis.csv?{Query}";

    /// <summary>The technology-gap report of all years (it groups by identification), for the chosen hospital.</summary>
    public string GapsUrl(string groupBy) => $"api/reports/technology-gaps?groupBy={Uri.EscapeDataString(groupBy)}" + HospitalPart;

    public string GapsCsvUrl(string groupBy) => $"api/reports/technology-gaps.csv?groupBy={Uri.EscapeDataString(groupBy)}" + HospitalPart;

    public string ScorecardUrl(Guid pairingId) => $"api/pairings/{pairingId}/scorecard?from={Day(From)}&to={Day(To)}";

    public string ScorecardCsvUrl(Guid pairingId) => $"api/pairings/{pairingId}/scorecard.csv?from={Day(From)}&to={Day(To)}";

    /// <summary>The page's query parameters for this filter (null removes one), for <c>NavigationManager.GetUriWithQueryParameters</c>.</summary>
    public IReadOnlyDictionary<string, object?> AddressParameters(bool withHospital) => new Dictionary<string, object?>
    {
        ["from"] = Day(From),
        ["to"] = Day(To),
        ["hospitalId"] = withHospital ? HospitalId?.ToString() : null,
    };

    private string HospitalPart => HospitalId is { } id ? $"&hospitalId={id}" : string.Empty;

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
