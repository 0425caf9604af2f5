using SpecialtyAlliance.Web.Services;

namespace SpecialtyAlliance.Web.Components.Tests.Reports;

/// <summary>From the page's address to the API's query string, in one place.</summary>
public sealed class ReportFilterTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    [Fact]
    public void AnEmptyAddress_IsThisYearToDate_ForTheDashboard_AndTheLast12Months_ForAScorecard()
    {
        ReportFilter.FromAddress(null, null, null, Today, ReportPreset.ThisYear).ShouldBe(new ReportFilter(new(2026, 1, 1), Today));
        ReportFilter.FromAddress(null, null, null, Today, ReportPreset.Last12Months).ShouldBe(new ReportFilter(new(2025, 3, 21), Today));
    }

    [Fact]
    public void WhatTheAddressNames_IsKept_AndAPeriodTurnedAroundIsPutRight()
    {
        var hospital = Guid.NewGuid();

        ReportFilter.FromAddress(new(2025, 5, 1), new(2025, 6, 30), hospital, Today, ReportPreset.ThisYear)
            .ShouldBe(new ReportFilter(new(2025, 5, 1), new(2025, 6, 30), hospital));
        ReportFilter.FromAddress(new(2025, 6, 30), new(2025, 5, 1), null, Today, ReportPreset.ThisYear)
            .ShouldBe(new ReportFilter(new(2025, 5, 1), new(2025, 6, 30)));
        ReportFilter.FromAddress(null, new(2025, 6, 30), null, Today, ReportPreset.ThisYear).From.ShouldBe(new DateOnly(2025, 1, 1), "the year of 'to'");
    }

    [Fact]
    public void TheFilter_BecomesTheApisQueryString_AndTheCsvLinks()
    {
        var hospital = Guid.Parse("0199aaaa-0000-7000-8000-000000000002");
        var filter = new ReportFilter(new(2026, 1, 1), new(2026, 3, 20), hospital);

        filter.KpisUrl.ShouldBe($"api/reports/kpis?from=2026-01-01&to=2026-03-20&hospitalId={hospital}");
        filter.KpisCsvUrl.ShouldBe($"api/reports/kpis.csv?from=2026-01-01&to=2026-03-20&hospitalId={hospital}");
        filter.GapsUrl("year").ShouldBe($"api/reports/technology-gaps?groupBy=year&hospitalId={hospital}");
        (filter with { HospitalId = null }).KpisUrl.ShouldBe("api/reports/kpis?from=2026-01-01&to=2026-03-20");
        (filter with { HospitalId = null }).GapsCsvUrl("hospital").ShouldBe("api/reports/technology-gaps.csv?groupBy=hospital");
        var pairing = Guid.NewGuid();
        filter.ScorecardUrl(pairing).ShouldBe($"api/pairings/{pairing}/scorecard?from=2026-01-01&to=2026-03-20");
        filter.ScorecardCsvUrl(pairing).ShouldBe($"api/pairings/{pairing}/scorecard.csv?from=2026-01-01&to=2026-03-20");
    }

    [Fact]
    public void ThePresets_AreTheUsualPeriods_AndAFilterKnowsWhichItIs()
    {
        ReportFilter.Preset(ReportPreset.ThisYear, Today).ShouldBe(new ReportFilter(new(2026, 1, 1), Today));
        ReportFilter.Preset(ReportPreset.Last12Months, Today).ShouldBe(new ReportFilter(new(2025, 3, 21), Today));
        ReportFilter.Preset(ReportPreset.Last30Days, Today).ShouldBe(new ReportFilter(new(2026, 2, 19), Today));
        new ReportFilter(new(2026, 2, 19), Today).MatchingPreset(Today).ShouldBe(ReportPreset.Last30Days);
        new ReportFilter(new(2026, 2, 18), Today).MatchingPreset(Today).ShouldBeNull();
    }

    [Fact]
    public void TheAddressParameters_LeaveTheHospitalOut_WhenThePageHasNoHospitalChoice()
    {
        var filter = new ReportFilter(new(2026, 1, 1), Today, Guid.NewGuid());

        filter.AddressParameters(withHospital: true)["hospitalId"].ShouldBe(filter.HospitalId.ToString());
        filter.AddressParameters(withHospital: false)["hospitalId"].ShouldBeNull();
        filter.AddressParameters(withHospital: false)["from"].ShouldBe("2026-01-01");
    }
}
