using SpecialtyAlliance.Web.Components.Reports;
using SpecialtyAlliance.Web.Localization;

namespace SpecialtyAlliance.Web.Components.Tests.Reports;

/// <summary>How the measures read: rates in percent, durations in words, what a rate counts of what — in both languages.</summary>
public sealed class ReportFormatTests
{
    [Theory]
    [InlineData(0.5556, "55.6%")]
    [InlineData(1, "100.0%")]
    [InlineData(0, "0.0%")]
    [InlineData(0.66665, "66.7%")]
    public void ARate_IsAPercentWithOneDecimal(double share, string expected)
    {
        Texts.Zh.KpiPercent((decimal)share).ShouldBe(expected);
        Texts.En.KpiPercent((decimal)share).ShouldBe(expected);
    }

    [Fact]
    public void ARateWithNothingToDivide_IsADash_NotZero()
    {
        Texts.Zh.KpiPercent(null).ShouldBe("—");
        Texts.Zh.KpiMinutes(null).ShouldBe("—");
    }

    [Theory]
    [InlineData(35.0, "35 分钟", "35 min")]
    [InlineData(0.4, "0 分钟", "0 min")]
    [InlineData(80.0, "1 小时 20 分钟", "1 h 20 min")]
    [InlineData(120.0, "2 小时", "2 h")]
    [InlineData(2820.0, "47 小时", "47 h")]
    [InlineData(2879.6, "2 天", "2 d")]
    [InlineData(3000.0, "2 天 2 小时", "2 d 2 h")]
    [InlineData(4320.0, "3 天", "3 d")]
    public void ATimeToClaim_ReadsInTheLargestUnitsThatFit(double minutes, string zh, string en)
    {
        Texts.Zh.KpiMinutes((decimal)minutes).ShouldBe(zh);
        Texts.En.KpiMinutes((decimal)minutes).ShouldBe(en);
    }

    [Fact]
    public void ARate_SaysWhatItCountsOfWhat()
    {
        Texts.Zh.KpiOf(5, 9).ShouldBe("5 / 9 例");
        Texts.En.KpiOf(5, 9).ShouldBe("5 of 9");
    }

    [Fact]
    public void TheSeries_IsLabelledByDayOrMonth()
    {
        Texts.Zh.KpiStepLabel(new DateOnly(2026, 3, 2), "week").ShouldBe("3月2日");
        Texts.En.KpiStepLabel(new DateOnly(2026, 3, 2), "day").ShouldBe("2 Mar");
        Texts.Zh.KpiStepLabel(new DateOnly(2026, 3, 1), "month").ShouldBe("2026年3月");
        Texts.En.KpiStepLabel(new DateOnly(2026, 3, 1), "month").ShouldBe("Mar 2026");
    }

    [Fact]
    public void EveryCodeOfTheReports_HasWordsInBothLanguages()
    {
        string[] statuses = ["Requested", "Claimed", "InfoRequested", "Scheduled", "InProgress", "Completed", "Closed", "Rejected", "Cancelled"];
        string[] outcomes = ["Requested", "Accepted", "Admitted", "Returned", "Declined"];
        string[] roles = ["ResidentExpert", "TemporaryDepartmentHead", "NursingMentor", "VisitingExpert", "InboundAdvancedStudy"];
        string[] kinds = ["ThemePartyDay", "FreeClinic", "PartyAffairsTraining", "TeachingRounds", "SurgicalTeaching", "AcademicForum"];
        foreach (var (codes, words) in new (string[], Func<Texts, string, string>)[]
        {
            (statuses, (t, c) => t.KpiConsultationStatus(c)),
            (["Emergency", "Urgent", "Routine"], (t, c) => t.KpiUrgency(c)),
            (outcomes, (t, c) => t.KpiReferralOutcome(c)),
            (roles, (t, c) => t.KpiRotationRole(c)),
            (kinds, (t, c) => t.KpiActivityKind(c)),
        })
        {
            foreach (var code in codes)
            {
                words(Texts.Zh, code).ShouldNotBe(code, $"{code} has Chinese words");
                words(Texts.En, code).ShouldNotBe(words(Texts.Zh, code));
            }
        }
    }

    [Fact]
    public void ALongSeries_WritesEveryNthLabelUnderTheChart()
    {
        var weeks = Enumerable.Range(1, 48).Select(i => $"W{i}").ToList();

        var written = ChartCard.AxisLabels(weeks, 12).ToList();

        written.Count.ShouldBe(48);
        written.Count(l => l.Length > 0).ShouldBe(12);
        written[0].ShouldBe("W1");
        written[4].ShouldBe("W5");
        ChartCard.AxisLabels(weeks[..10], 12).ShouldBe(weeks[..10], "ten fit");
    }
}
