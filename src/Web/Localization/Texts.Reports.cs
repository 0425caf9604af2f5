using System.Globalization;

namespace SpecialtyAlliance.Web.Localization;

/// <summary>The measures: the administrators' dashboard and a pairing's scorecard (names start with Dash, Kpi or Scorecard).</summary>
public sealed partial class Texts
{
    // Navigation and the page.
    public string NavDashboard => P("数据看板", "Dashboard");

    public string QuickDashboard => P("查看联盟数据看板", "Open the alliance dashboard");

    public string QuickMyDashboard => P("查看本院数据看板", "Open my hospital's dashboard");

    public string DashTitle => P("联盟数据看板", "Alliance dashboard");

    public string DashIntro(string? hospital) => hospital is null
        ? P("全联盟在所选期间的会诊、转诊、帮扶与技术填补情况。", "The whole alliance's consultations, referrals, rotations and filled gaps in the period.")
        : P($"{hospital}在所选期间的会诊、转诊、帮扶与技术填补情况。", $"{hospital}: consultations, referrals, rotations and filled gaps in the period.");

    // Filters.
    public string DashPeriod => P("统计期间", "Period");

    public string DashFrom => P("开始日期", "From");

    public string DashTo => P("结束日期", "To");

    public string DashHospital => P("医院", "Hospital");

    public string DashWholeAlliance => P("全联盟", "Whole alliance");

    public string DashPresetThisYear => P("本年度", "This year");

    public string DashPresetLast12Months => P("近12个月", "Last 12 months");

    public string DashPresetLast30Days => P("近30天", "Last 30 days");

    public string DashPeriodRange(DateOnly from, DateOnly to) => P($"{Date(from)} 至 {Date(to)}", $"{Date(from)} to {Date(to)}");

    public string DashExportCsv => P("导出 CSV", "Export CSV");

    public string DashExportKpis => P("导出指标（CSV）", "Export measures (CSV)");

    public string DashExportGaps => P("导出技术空白（CSV）", "Export technology gaps (CSV)");

    public string DashJobs => P("后台任务看板", "Background jobs dashboard");

    // The three rates and time to claim.
    public string KpiThreeRates => P("三率", "The three rates");

    public string KpiResponseRate => P("响应率", "Response rate");

    public string KpiResponseRateHint => P("在时限内被接诊的申请占应响应申请的比例", "Claimed within the response target, of the requests due for a response");

    public string KpiResolutionRate => P("解决率", "Resolution rate");

    public string KpiResolutionRateHint => P("已出具意见（含已结案）占已接诊的比例", "Completed (or closed out), of those claimed");

    public string KpiSatisfactionRate => P("满意率", "Satisfaction rate");

    public string KpiSatisfactionRateHint(decimal? mean) => mean is { } m
        ? P($"评价 4–5 分的比例；平均 {m.ToString("0.00", CultureInfo.InvariantCulture)} 分", $"Rated 4–5 of those closed out; mean {m.ToString("0.00", CultureInfo.InvariantCulture)}")
        : P("评价 4–5 分的比例；尚无评价", "Rated 4–5 of those closed out; no ratings yet");

    public string KpiRequested => P("会诊申请", "Consultations requested");

    public string KpiTimeToClaim => P("接诊用时", "Time to claim");

    public string KpiMedian => P("中位数", "Median");

    public string KpiP90 => P("90% 在此之内", "90th percentile");

    public string KpiWithinTarget => P("时限内接诊", "Claimed within target");

    public string KpiAwaiting(int awaiting, int withdrawn) =>
        P($"尚在时限内待接诊 {awaiting} 例、时限前撤回 {withdrawn} 例，不计入响应率。",
          $"{awaiting} still inside their target and {withdrawn} withdrawn before it are not counted by the response rate.");

    public string KpiReferralAvoided => P("避免转诊", "Referral avoided");

    public string KpiOf(int count, int of) => P($"{count} / {of} 例", $"{count} of {of}");

    /// <summary>A share (0–1) as a percentage with one decimal; a dash when there is nothing to divide.</summary>
    public string KpiPercent(decimal? share) =>
        share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>A duration in minutes in words: "35 分钟", "1 小时 20 分钟", "2 天 3 小时"; a dash for none.</summary>
    public string KpiMinutes(decimal? minutes)
    {
        if (minutes is not { } m)
        {
            return "—";
        }

        var total = (int)Math.Round(m, MidpointRounding.AwayFromZero);
        if (total < 60)
        {
            return P($"{total} 分钟", $"{total} min");
        }

        var (hours, rest) = (total / 60, total % 60);
        if (hours < 48)
        {
            return rest == 0 ? P($"{hours} 小时", $"{hours} h") : P($"{hours} 小时 {rest} 分钟", $"{hours} h {rest} min");
        }

        var (days, hoursLeft) = (hours / 24, hours % 24);
        return hoursLeft == 0 ? P($"{days} 天", $"{days} d") : P($"{days} 天 {hoursLeft} 小时", $"{days} d {hoursLeft} h");
    }

    // Charts.
    public string KpiOverTime => P("会诊申请趋势", "Consultations over time");

    public string KpiOverTimeBy(string interval) => interval switch
    {
        "week" => P("按周（周一起）", "by week (from Monday)"),
        "month" => P("按月", "by month"),
        _ => P("按日", "by day"),
    };

    public string KpiStepLabel(DateOnly start, string interval) => interval switch
    {
        "month" => start.ToString(P("yyyy年M月", "MMM yyyy"), Culture),
        _ => start.ToString(P("M月d日", "d MMM"), Culture),
    };

    public string KpiSeriesRequested => P("申请", "Requested");

    public string KpiSeriesClaimed => P("已接诊", "Claimed");

    public string KpiSeriesCompleted => P("已出具意见", "Completed");

    public string KpiBySpecialty => P("按专科", "By specialty");

    public string KpiByUrgency => P("按紧急程度", "By urgency");

    public string KpiByStatus => P("当前状态", "Where they stand");

    public string KpiReferrals => P("双向转诊（绿色通道）", "Referrals (green channel)");

    public string KpiReferralCount(int count) => P($"共 {count} 例", $"{count} in all");

    public string KpiNoConsultations => P("该期间没有远程会诊申请。", "No consultations were requested in this period.");

    public string KpiNoReferrals => P("该期间没有转诊。", "No referrals in this period.");

    public string KpiNoClaims => P("该期间还没有被接诊的申请。", "No request of this period has been claimed yet.");

    /// <summary>A report's code (the vocabulary's name, as <c>KpiCount.Code</c> carries it) in words; an unknown code as sent.</summary>
    public string KpiConsultationStatus(string code) => Enum.TryParse<Contracts.Consultations.ConsultationStatus>(code, out var value)
        ? value switch
        {
            Contracts.Consultations.ConsultationStatus.Requested => P("待接诊", "Waiting"),
            Contracts.Consultations.ConsultationStatus.Claimed => P("已接诊", "Claimed"),
            Contracts.Consultations.ConsultationStatus.InfoRequested => P("待补充资料", "Information requested"),
            Contracts.Consultations.ConsultationStatus.Scheduled => P("已预约", "Scheduled"),
            Contracts.Consultations.ConsultationStatus.InProgress => P("会诊中", "In progress"),
            Contracts.Consultations.ConsultationStatus.Completed => P("已出具意见", "Completed"),
            Contracts.Consultations.ConsultationStatus.Closed => P("已结案", "Closed"),
            Contracts.Consultations.ConsultationStatus.Rejected => P("已退回", "Rejected"),
            Contracts.Consultations.ConsultationStatus.Cancelled => P("已取消", "Cancelled"),
            _ => code,
        }
        : code;

    /// <summary>A report's code (the vocabulary's name, as <c>KpiCount.Code</c> carries it) in words; an unknown code as sent.</summary>
    public string KpiUrgency(string code) => Enum.TryParse<Contracts.Consultations.Urgency>(code, out var value)
        ? value switch
        {
            Contracts.Consultations.Urgency.Emergency => P("急诊", "Emergency"),
            Contracts.Consultations.Urgency.Urgent => P("加急", "Urgent"),
            Contracts.Consultations.Urgency.Routine => P("常规", "Routine"),
            _ => code,
        }
        : code;

    /// <summary>A report's code (the vocabulary's name, as <c>KpiCount.Code</c> carries it) in words; an unknown code as sent.</summary>
    public string KpiReferralOutcome(string code) => Enum.TryParse<Contracts.Referrals.ReferralStatus>(code, out var value)
        ? value switch
        {
            Contracts.Referrals.ReferralStatus.Requested => P("待接收", "Requested"),
            Contracts.Referrals.ReferralStatus.Accepted => P("已接收", "Accepted"),
            Contracts.Referrals.ReferralStatus.Admitted => P("已入院", "Admitted"),
            Contracts.Referrals.ReferralStatus.Returned => P("已转回", "Returned"),
            Contracts.Referrals.ReferralStatus.Declined => P("已婉拒", "Declined"),
            _ => code,
        }
        : code;

    // The alliance's work.
    public string KpiRotations => P("对口帮扶", "Rotations");

    public string KpiClinicianMonths => P("帮扶人月", "Clinician-months");

    public string KpiRotationCount(int rotations, int days) => P($"{rotations} 人次，{days} 人日", $"{rotations} rotations, {days} clinician-days");

    public string KpiNoRotations => P("该期间没有进行中的帮扶或进修。", "No rotation took place in this period.");

    /// <summary>A report's code (the vocabulary's name, as <c>KpiCount.Code</c> carries it) in words; an unknown code as sent.</summary>
    public string KpiRotationRole(string code) => Enum.TryParse<Contracts.Rotations.RotationRole>(code, out var value)
        ? value switch
        {
            Contracts.Rotations.RotationRole.ResidentExpert => P("常驻专家", "Resident expert"),
            Contracts.Rotations.RotationRole.TemporaryDepartmentHead => P("临时科室负责人", "Temporary department head"),
            Contracts.Rotations.RotationRole.NursingMentor => P("护理帮扶", "Nursing mentor"),
            Contracts.Rotations.RotationRole.VisitingExpert => P("巡诊专家", "Visiting expert"),
            Contracts.Rotations.RotationRole.InboundAdvancedStudy => P("进修", "Advanced study (inbound)"),
            _ => code,
        }
        : code;

    public string KpiActivities => P("联建活动", "Joint activities");

    public string KpiActivityCount(int activities, int participants) => P($"{activities} 次活动，{participants} 人参与", $"{activities} activities, {participants} taking part");

    public string KpiPeopleReached => P("受益人数", "People reached");

    public string KpiNoActivities => P("该期间没有联建活动。", "No joint activity in this period.");

    /// <summary>A report's code (the vocabulary's name, as <c>KpiCount.Code</c> carries it) in words; an unknown code as sent.</summary>
    public string KpiActivityKind(string code) => Enum.TryParse<Contracts.Activities.ActivityKind>(code, out var value)
        ? value switch
        {
            Contracts.Activities.ActivityKind.ThemePartyDay => P("主题党日", "Theme party day"),
            Contracts.Activities.ActivityKind.FreeClinic => P("义诊", "Free clinic"),
            Contracts.Activities.ActivityKind.PartyAffairsTraining => P("党务培训", "Party affairs training"),
            Contracts.Activities.ActivityKind.TeachingRounds => P("教学查房", "Teaching rounds"),
            Contracts.Activities.ActivityKind.SurgicalTeaching => P("手术教学", "Surgical teaching"),
            Contracts.Activities.ActivityKind.AcademicForum => P("学术论坛", "Academic forum"),
            _ => code,
        }
        : code;

    public string KpiGapsFilled => P("填补技术空白", "Technology gaps filled");

    public string KpiGapsFilledHint => P("首例在期间内完成且仍在开展", "First case in the period, still performed");

    public string KpiGapsByCounty => P("已填补空白 · 按医院（全部年份）", "Gaps filled · by hospital (all years)");

    public string KpiGapsByYear => P("已填补空白 · 按识别年份", "Gaps filled · by year identified");

    public string KpiGapsTotal(int gaps, int filled) => P($"共识别 {gaps} 项，已填补 {filled} 项", $"{gaps} identified, {filled} filled");

    public string KpiNoGaps => P("还没有记录技术空白。", "No technology gap has been recorded.");

    public string KpiFilled => P("已填补", "Filled");

    public string KpiOpen => P("未填补", "Not yet filled");

    // The scorecard on a pairing's page.
    public string ScorecardIntro(string city, string county) =>
        P($"{city}与{county}之间：本结对专科的会诊、转诊、双向帮扶、带教填补的技术空白和共同开展的活动。",
          $"Between {city} and {county}: consultations of the pairing's specialties, referrals, rotations both ways, gaps filled with its mentoring and joint activities.");

    public string ScorecardExport => P("导出评分卡（CSV）", "Export scorecard (CSV)");
}
