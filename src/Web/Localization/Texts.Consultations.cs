namespace SpecialtyAlliance.Web.Localization;

/// <summary>Teleconsultations: the request form, lists, the live queue, one consultation, agenda, availability, referrals.</summary>
public sealed partial class Texts
{
    // Navigation and home.
    public string NavRequestConsultation => P("申请会诊", "Request a consultation");

    public string NavConsultations => P("会诊记录", "Consultations");

    public string NavQueue => P("实时队列", "Live queue");

    public string NavAgenda => P("我的日程", "My agenda");

    public string NavAvailability => P("出诊时间", "My availability");

    public string NavReferrals => P("双向转诊", "Referrals");

    public string QuickRequestConsultation => P("申请远程会诊", "Request a teleconsultation");

    public string QuickMyConsultations => P("本院的会诊", "My hospital's consultations");

    public string QuickQueue => P("打开实时队列", "Open the live queue");

    public string QuickAgenda => P("我的会诊日程", "My consultation agenda");

    public string QuickAvailability => P("设置出诊时间", "Set my availability");

    public string WaitingInMyQueue => P("队列中等待", "Waiting in my queue");

    public string MyOpenRequests => P("等待专家接诊", "Waiting for a specialist");

    public string AwaitingMyAnswer => P("待补充资料", "Awaiting your information");

    public string AwaitingCloseOut => P("待结案评价", "Awaiting your close-out");

    public string ToSchedule => P("待预约", "To schedule");

    // Enum values.
    public string ConsultationStatus(Contracts.Consultations.ConsultationStatus status) => status switch
    {
        Contracts.Consultations.ConsultationStatus.Requested => P("待接诊", "Waiting"),
        Contracts.Consultations.ConsultationStatus.Claimed => P("已接诊", "Claimed"),
        Contracts.Consultations.ConsultationStatus.InfoRequested => P("待补充资料", "Information requested"),
        Contracts.Consultations.ConsultationStatus.Scheduled => P("已预约", "Scheduled"),
        Contracts.Consultations.ConsultationStatus.InProgress => P("会诊中", "In progress"),
        Contracts.Consultations.ConsultationStatus.Completed => P("已出具意见", "Opinion given"),
        Contracts.Consultations.ConsultationStatus.Closed => P("已结案", "Closed"),
        Contracts.Consultations.ConsultationStatus.Rejected => P("已退回", "Rejected"),
        Contracts.Consultations.ConsultationStatus.Cancelled => P("已取消", "Cancelled"),
        _ => status.ToString(),
    };

    public static IReadOnlyList<Contracts.Consultations.ConsultationStatus> ConsultationStatuses { get; } =
        [Contracts.Consultations.ConsultationStatus.Requested, Contracts.Consultations.ConsultationStatus.Claimed, Contracts.Consultations.ConsultationStatus.InfoRequested, Contracts.Consultations.ConsultationStatus.Scheduled, Contracts.Consultations.ConsultationStatus.InProgress, Contracts.Consultations.ConsultationStatus.Completed, Contracts.Consultations.ConsultationStatus.Closed, Contracts.Consultations.ConsultationStatus.Rejected, Contracts.Consultations.ConsultationStatus.Cancelled];

    public string Urgency(Contracts.Consultations.Urgency urgency) => urgency switch
    {
        Contracts.Consultations.Urgency.Emergency => P("急诊", "Emergency"),
        Contracts.Consultations.Urgency.Urgent => P("加急", "Urgent"),
        Contracts.Consultations.Urgency.Routine => P("常规", "Routine"),
        _ => urgency.ToString(),
    };

    public static IReadOnlyList<Contracts.Consultations.Urgency> Urgencies { get; } = [Contracts.Consultations.Urgency.Emergency, Contracts.Consultations.Urgency.Urgent, Contracts.Consultations.Urgency.Routine];

    public string Sex(Contracts.Consultations.PatientSex sex) => sex switch
    {
        Contracts.Consultations.PatientSex.Female => P("女", "Female"),
        Contracts.Consultations.PatientSex.Male => P("男", "Male"),
        Contracts.Consultations.PatientSex.Unknown => P("未知", "Unknown"),
        _ => sex.ToString(),
    };

    public static IReadOnlyList<Contracts.Consultations.PatientSex> Sexes { get; } = [Contracts.Consultations.PatientSex.Female, Contracts.Consultations.PatientSex.Male, Contracts.Consultations.PatientSex.Unknown];

    public string Recommendation(Contracts.Consultations.Recommendation recommendation, int? followUpDays = null) => recommendation switch
    {
        Contracts.Consultations.Recommendation.ManageLocally => P("在本院继续治疗", "Manage locally"),
        Contracts.Consultations.Recommendation.ReferUp => P("建议上转至市级医院", "Refer up to the city hospital"),
        Contracts.Consultations.Recommendation.FollowUp when followUpDays is { } days => P($"{days} 天后随访", $"Follow up in {days} days"),
        Contracts.Consultations.Recommendation.FollowUp => P("定期随访", "Follow up"),
        _ => recommendation.ToString(),
    };

    public static IReadOnlyList<Contracts.Consultations.Recommendation> Recommendations { get; } = [Contracts.Consultations.Recommendation.ManageLocally, Contracts.Consultations.Recommendation.ReferUp, Contracts.Consultations.Recommendation.FollowUp];

    /// <summary>What a history row did, by the route name of the move (<c>request</c> for the request itself).</summary>
    public string HistoryAction(Contracts.Consultations.ConsultationAction action) => action switch
    {
        Contracts.Consultations.ConsultationAction.Request => P("提出会诊申请", "requested the consultation"),
        Contracts.Consultations.ConsultationAction.Claim => P("接诊", "claimed it"),
        Contracts.Consultations.ConsultationAction.Release => P("退回队列", "released it to the queue"),
        Contracts.Consultations.ConsultationAction.RequestInfo => P("要求补充资料", "asked for information"),
        Contracts.Consultations.ConsultationAction.ProvideInfo => P("补充了资料", "provided the information"),
        Contracts.Consultations.ConsultationAction.Schedule => P("预约了会诊时间", "scheduled it"),
        Contracts.Consultations.ConsultationAction.Reschedule => P("更改了会诊时间", "rescheduled it"),
        Contracts.Consultations.ConsultationAction.Start => P("开始会诊", "started it"),
        Contracts.Consultations.ConsultationAction.Complete => P("出具会诊意见", "gave the opinion"),
        Contracts.Consultations.ConsultationAction.CloseOut => P("结案并评价", "closed it out"),
        Contracts.Consultations.ConsultationAction.Reject => P("退回申请", "rejected it"),
        Contracts.Consultations.ConsultationAction.Cancel => P("取消申请", "cancelled it"),
        _ => action.ToString(),
    };

    public string ReferralStatus(Contracts.Referrals.ReferralStatus status) => status switch
    {
        Contracts.Referrals.ReferralStatus.Requested => P("待接收", "Requested"),
        Contracts.Referrals.ReferralStatus.Accepted => P("已接收", "Accepted"),
        Contracts.Referrals.ReferralStatus.Admitted => P("已入院", "Admitted"),
        Contracts.Referrals.ReferralStatus.Returned => P("已转回", "Returned"),
        Contracts.Referrals.ReferralStatus.Declined => P("已婉拒", "Declined"),
        _ => status.ToString(),
    };

    public static IReadOnlyList<Contracts.Referrals.ReferralStatus> ReferralStatuses { get; } = [Contracts.Referrals.ReferralStatus.Requested, Contracts.Referrals.ReferralStatus.Accepted, Contracts.Referrals.ReferralStatus.Admitted, Contracts.Referrals.ReferralStatus.Returned, Contracts.Referrals.ReferralStatus.Declined];

    public string WeekDay(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => P("周一", "Mon"),
        DayOfWeek.Tuesday => P("周二", "Tue"),
        DayOfWeek.Wednesday => P("周三", "Wed"),
        DayOfWeek.Thursday => P("周四", "Thu"),
        DayOfWeek.Friday => P("周五", "Fri"),
        DayOfWeek.Saturday => P("周六", "Sat"),
        _ => P("周日", "Sun"),
    };

    public string WeekDayLong(Contracts.Availability.WeekDay day) => day switch
    {
        Contracts.Availability.WeekDay.Monday => P("星期一", "Monday"),
        Contracts.Availability.WeekDay.Tuesday => P("星期二", "Tuesday"),
        Contracts.Availability.WeekDay.Wednesday => P("星期三", "Wednesday"),
        Contracts.Availability.WeekDay.Thursday => P("星期四", "Thursday"),
        Contracts.Availability.WeekDay.Friday => P("星期五", "Friday"),
        Contracts.Availability.WeekDay.Saturday => P("星期六", "Saturday"),
        Contracts.Availability.WeekDay.Sunday => P("星期日", "Sunday"),
        _ => day.ToString(),
    };

    public static IReadOnlyList<Contracts.Availability.WeekDay> WeekDays { get; } = [.. Enum.GetValues<Contracts.Availability.WeekDay>().Skip(1), Contracts.Availability.WeekDay.Sunday];

    /// <summary>A day as the calendar shows it: "周三 3月5日" / "Wed 5 Mar".</summary>
    public string ShortDay(DateOnly day) => $"{WeekDay(day.DayOfWeek)} {day.ToString(P("M月d日", "d MMM"), Culture)}";

    // Durations and waiting.
    /// <summary>A length of time in words: "5 分钟", "3 小时 5 分钟", "2 天 4 小时" / "5 min", "3 h 5 min", "2 d 4 h".</summary>
    public string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        if (span.TotalMinutes < 1)
        {
            return P("不到 1 分钟", "under a minute");
        }

        if (span.TotalHours < 1)
        {
            return P($"{span.Minutes} 分钟", $"{span.Minutes} min");
        }

        if (span.TotalDays < 1)
        {
            return span.Minutes == 0
                ? P($"{span.Hours} 小时", $"{span.Hours} h")
                : P($"{span.Hours} 小时 {span.Minutes} 分钟", $"{span.Hours} h {span.Minutes} min");
        }

        return span.Hours == 0
            ? P($"{span.Days} 天", $"{span.Days} d")
            : P($"{span.Days} 天 {span.Hours} 小时", $"{span.Days} d {span.Hours} h");
    }

    public string Minutes(int minutes) => P($"{minutes} 分钟", $"{minutes} min");

    public string Waiting(TimeSpan span) => span < TimeSpan.FromMinutes(1)
        ? P("刚刚提交", "Just requested")
        : P($"已等待 {Duration(span)}", $"Waiting {Duration(span)}");

    public string DueIn(TimeSpan span) => P($"{Duration(span)}内需响应", $"Respond within {Duration(span)}");

    public string OverdueBy(TimeSpan span) => P($"已超时 {Duration(span)}", $"Overdue by {Duration(span)}");

    public string Overdue => P("已超时", "Overdue");

    public string ResponseTarget(Contracts.Consultations.Urgency urgency, int minutes) =>
        P($"{Urgency(urgency)}：{Duration(TimeSpan.FromMinutes(minutes))}内接诊", $"{Urgency(urgency)}: claimed within {Duration(TimeSpan.FromMinutes(minutes))}");

    public string UrgencyHint(Contracts.Consultations.Urgency urgency) => urgency switch
    {
        Contracts.Consultations.Urgency.Emergency => P("危及生命、需立即处理的情况", "life-threatening, needs action now"),
        Contracts.Consultations.Urgency.Urgent => P("病情较重，需当天给出意见", "serious, needs an opinion today"),
        Contracts.Consultations.Urgency.Routine => P("病情稳定，可择期会诊", "stable, can be planned"),
        _ => string.Empty,
    };

    // Request form.
    public string RequestTitle => P("申请远程会诊", "Request a teleconsultation");

    public string RequestIntro => P(
        "会诊申请会发送到与本院结对、覆盖该专科的市级科室，专家在实时队列中接诊。请勿填写患者姓名。",
        "The request goes to the city departments paired with your hospital for this specialty; their specialists take it from a live queue. Never enter the patient's name.");

    public string UrgencyLabel => P("紧急程度", "Urgency");

    public string PatientLabel => P("患者", "Patient");

    public string PatientReference => P("患者编号", "Patient reference");

    public string PatientReferenceHint => P(
        "本院使用的病案号或化名编码（字母、数字、- _ / .），例如 SQ-2026-0147；不填姓名。",
        "The code your hospital uses (letters, digits, - _ / .), such as SQ-2026-0147 — never a name.");

    public string Age => P("年龄（岁）", "Age (years)");

    public string SexLabel => P("性别", "Sex");

    public string Summary => P("病情摘要", "Summary");

    public string SummaryHint => P("主诉、病史、检查结果等要点。", "Complaint, history, key findings.");

    public string Question => P("会诊问题", "Question");

    public string QuestionHint => P("希望专家回答的具体问题。", "What you want the specialist to answer.");

    public string SubmitRequest => P("提交申请", "Send the request");

    public string Submitting => P("正在提交…", "Sending…");

    public string RequestSent => P("会诊申请已提交，正在等待专家接诊。", "The request is sent and waits for a specialist.");

    public string RoutedSpecialtiesHint(int count) => P(
        $"本院有 {count} 个专科可以申请会诊（运行中的结对关系覆盖的专科）。",
        $"Your hospital can consult {count} specialties (those its active pairings cover).");

    public string NoRoutedSpecialties => P(
        "本院目前没有运行中的结对关系，暂时不能申请会诊。请联系医务科或联盟管理员。",
        "Your hospital has no active alliance pairing yet, so consultations cannot be requested. Ask your medical affairs office or the alliance administrator.");

    public string ClinicianOnly => P("只有县级医院的临床医生可以申请会诊。", "Only county hospital clinicians request consultations.");

    // Lists.
    public string ConsultationsTitle => P("会诊记录", "Consultations");

    public string RequestedAt => P("申请时间", "Requested");

    public string RequestingHospital => P("申请医院", "Requesting hospital");

    public string Requester => P("申请医生", "Requested by");

    public string ClaimedBy => P("接诊专家", "Specialist");

    public string ScheduledFor => P("会诊时间", "Scheduled for");

    public string NoConsultations => P("没有符合条件的会诊。", "No consultations match.");

    public string OnlyMine => P("只看我接诊的", "Only mine");

    public string UpdatedLive => P("刚刚更新", "Just updated");

    // Queue.
    public string QueueTitle => P("实时会诊队列", "Live consultation queue");

    public string QueueIntro => P(
        "与本科室结对的县级医院提交的会诊申请，按紧急程度和等待时间排序；新的申请会自动出现。",
        "Requests from the county hospitals paired with your department, most urgent and longest waiting first; new ones appear by themselves.");

    public string QueueEmpty => P("队列中没有等待接诊的申请。", "Nobody is waiting in your queue.");

    public string QueueCount(int count) => P($"{count} 个申请等待接诊", $"{count} waiting");

    public string Claim => P("接诊", "Claim");

    public string Claiming => P("正在接诊…", "Claiming…");

    public string Details => P("详情", "Details");

    public string NewArrival => P("新申请", "New");

    public string TakenByOther(string? name) => name is { Length: > 0 }
        ? P($"{name} 已先接诊了这个申请，它已从您的队列中移除。", $"{name} took this request first; it has left your queue.")
        : P("另一位专家已先接诊了这个申请，它已从您的队列中移除。", "Another specialist took this request first; it has left your queue.");

    public string NoLongerWaiting => P("这个申请已不在等待中（可能已被退回或取消），已从队列中移除。", "This request is no longer waiting (rejected or cancelled); it has left your queue.");

    public string ClaimedNowSchedule => P("已接诊。请为会诊预约时间。", "Claimed. Now schedule the consultation.");

    public string PatientLine(string reference, int age, Contracts.Consultations.PatientSex sex) => P(
        $"{reference} · {age} 岁 · {Sex(sex)}",
        $"{reference} · {age} y · {Sex(sex)}");

    public string NotSpecialist => P("只有市级专家有会诊队列。", "Only city specialists have a consultation queue.");

    // One consultation.
    public string ConsultationTitle => P("会诊详情", "Consultation");

    public string TheRequest => P("会诊申请", "The request");

    public string RoutedTo => P("会诊科室", "Routed to");

    public string ResponseDue => P("应接诊时间", "Respond by");

    public string InfoRequestLabel => P("专家要求补充的资料", "Information the specialist asked for");

    public string InfoResponseLabel => P("补充的资料", "Information provided");

    public string Booking => P("会诊时间", "Appointment");

    public string OpinionLabel => P("会诊意见", "Opinion");

    public string OpinionGivenAt => P("出具时间", "Given on");

    public string RecommendationLabel => P("处理建议", "Recommendation");

    public string FollowUpDays => P("随访间隔（天）", "Follow up after (days)");

    public string SurveyLabel => P("结案评价", "Close-out survey");

    public string Satisfaction => P("满意度", "Satisfaction");

    public string SatisfactionOf(int value) => P($"{value} / 5 分", $"{value} of 5");

    public string ReferralAvoided => P("是否避免了转诊", "Was a referral avoided?");

    public string Yes => P("是", "Yes");

    public string No => P("否", "No");

    public string RejectionReason => P("退回原因", "Reason for rejecting");

    public string CancellationReason => P("取消原因", "Reason for cancelling");

    public string History => P("处理记录", "History");

    public string HistoryEntry(string actor, string action) => P($"{actor} {action}", $"{actor} {action}");

    public string Someone => P("某位用户", "Someone");

    public string ActionsTitle => P("可以进行的操作", "What you can do");

    public string NoActionsNow => P("目前没有需要您进行的操作。", "Nothing for you to do now.");

    public string WaitingForOpinion => P("专家出具意见后会显示在这里。", "The specialist's opinion will appear here.");

    public string ChangedLive(string status) => P($"会诊状态已更新：{status}", $"The consultation is now: {status}");

    public string Moved(string status) => P($"已完成。当前状态：{status}", $"Done. It is now: {status}");

    // Moves.
    public string ActionLabel(Contracts.Consultations.ConsultationAction action) => action switch
    {
        Contracts.Consultations.ConsultationAction.Claim => P("接诊", "Claim"),
        Contracts.Consultations.ConsultationAction.Release => P("退回队列", "Release to the queue"),
        Contracts.Consultations.ConsultationAction.RequestInfo => P("要求补充资料", "Ask for information"),
        Contracts.Consultations.ConsultationAction.ProvideInfo => P("补充资料", "Provide the information"),
        Contracts.Consultations.ConsultationAction.Schedule => P("预约会诊时间", "Schedule"),
        Contracts.Consultations.ConsultationAction.Reschedule => P("更改会诊时间", "Reschedule"),
        Contracts.Consultations.ConsultationAction.Start => P("开始会诊", "Start"),
        Contracts.Consultations.ConsultationAction.Complete => P("出具会诊意见", "Complete with the opinion"),
        Contracts.Consultations.ConsultationAction.CloseOut => P("结案并评价", "Close out"),
        Contracts.Consultations.ConsultationAction.Reject => P("退回申请", "Reject"),
        Contracts.Consultations.ConsultationAction.Cancel => P("取消申请", "Cancel the request"),
        Contracts.Consultations.ConsultationAction.Refer => P("申请上转（绿色通道）", "Refer up (green channel)"),
        _ => action.ToString(),
    };

    public string InfoQuestion => P("需要补充哪些资料？", "What do you need to know?");

    public string InfoAnswer => P("补充的资料", "Your answer");

    public string Reason => P("原因", "Reason");

    public string Send => P("提交", "Send");

    public string ConfirmRelease => P("退回后，这个申请会回到队列，由其他专家接诊。", "The request goes back to the queue for another specialist.");

    // Schedule picker.
    public string PickSlot => P("选择会诊时间", "Choose a time");

    public string PickSlotHint => P(
        "绿色为您的出诊时间，灰色为已有预约。点击开始时间，再选择时长（15–120 分钟）。时间为北京时间。",
        "Green is your published availability, grey is already booked. Click a start, then choose a length (15–120 minutes). Times are Beijing time.");

    public string DurationLabel => P("时长", "Length");

    public string PreviousWeek => P("上一周", "Previous week");

    public string NextWeek => P("下一周", "Next week");

    public string ThisWeek => P("本周", "This week");

    public string Legend(Consultations.CellState state) => state switch
    {
        Consultations.CellState.Available => P("可预约", "Available"),
        Consultations.CellState.Booked => P("已有预约", "Booked"),
        Consultations.CellState.Unavailable => P("非出诊时间", "Not available"),
        Consultations.CellState.Past => P("已过去", "Past"),
        _ => state.ToString(),
    };

    /// <summary>The picker's own mark for the slot being chosen (not a state of the calendar).</summary>
    public string LegendSelected => P("已选择", "Selected");

    public string SelectedSlot(DateTimeOffset start, int minutes) =>
        P($"{ShortDay(Consultations.SlotPlanner.LocalDay(start))} {Time(start)}–{Time(start.AddMinutes(minutes))}（{Minutes(minutes)}）",
          $"{ShortDay(Consultations.SlotPlanner.LocalDay(start))} {Time(start)}–{Time(start.AddMinutes(minutes))} ({Minutes(minutes)})");

    public string SlotVerdict(Consultations.SlotVerdict verdict) => verdict switch
    {
        Consultations.SlotVerdict.NoStart => P("请先在日历上点击开始时间。", "Click a start time on the calendar first."),
        Consultations.SlotVerdict.BadDuration => P("会诊时长须为 15 到 120 分钟。", "A consultation lasts 15 to 120 minutes."),
        Consultations.SlotVerdict.InThePast => P("这个时间已经过去，请选择以后的时间。", "This time has passed; choose a later one."),
        Consultations.SlotVerdict.OutsideAvailability => P(
            "这段时间超出了您的出诊时间。请缩短时长、换一个时间，或在“出诊时间”中增加时段。",
            "This runs outside your availability. Shorten it, choose another time, or add hours under “My availability”."),
        Consultations.SlotVerdict.Taken => P(
            "这段时间与您已有的预约重叠，请换一个时间或缩短时长。",
            "This overlaps one of your bookings. Choose another time or a shorter length."),
        _ => string.Empty,
    };

    public string SlotTakenMeanwhile => P(
        "就在刚才，这个时间段已被预约（日历已刷新）。请选择其他时间。",
        "This time was booked just now (the calendar is refreshed). Choose another time.");

    public string NoAvailabilityThisWeek => P("本周没有出诊时间。", "No availability this week.");

    // Complete and close out.
    public string OpinionHint => P("诊断意见、处理方案和注意事项。", "Assessment, plan and precautions.");

    public string SurveyIntro => P("请对这次会诊进行评价，结案后会诊即告完成。", "Rate this consultation; closing it out ends it.");

    // Referrals.
    public string ReferralsTitle => P("双向转诊", "Referrals");

    public string ReferralTitle => P("转诊详情", "Referral");

    public string ReferralIntro => P(
        "从建议上转的会诊发起，经绿色通道转至市级医院；市级医院接收、安排入院，或将患者转回县级医院。",
        "Started from a consultation that recommended referring up, through the green channel to the city hospital, which accepts, admits, or returns the patient to the county.");

    public string ReferralFrom => P("转出医院", "From");

    public string ReferralTo => P("接收医院", "To");

    public string ReceivingDepartment => P("接收科室", "Receiving department");

    public string Priorities => P("绿色通道", "Green channel");

    public string Priority(string priority) => priority switch
    {
        "treatment" => P("优先诊疗", "priority treatment"),
        "examination" => P("优先检查", "priority examination"),
        "admission" => P("优先住院", "priority admission"),
        _ => priority,
    };

    public string ReferralNotes => P("转诊说明", "Notes");

    public string ExpectedDate => P("预计到院日期", "Expected on");

    public string ReturnNote => P("转回说明（出院小结）", "Note back (discharge summary)");

    public string DeclineReason => P("婉拒原因", "Reason for declining");

    public string NoReferrals => P("没有符合条件的转诊。", "No referrals match.");

    public string ReferralCreated => P("转诊申请已提交，等待市级医院接收。", "The referral is sent; the city hospital will accept it.");

    public string ReferralMoved(string status) => P($"已完成。转诊状态：{status}", $"Done. The referral is now: {status}");

    public string ReferralAction(Contracts.Referrals.ReferralAction action) => action switch
    {
        Contracts.Referrals.ReferralAction.Accept => P("接收", "Accept"),
        Contracts.Referrals.ReferralAction.Decline => P("婉拒", "Decline"),
        Contracts.Referrals.ReferralAction.Admit => P("已入院", "Admit"),
        Contracts.Referrals.ReferralAction.Return => P("转回县级医院", "Return to the county"),
        _ => action.ToString(),
    };

    public string ReferralOfConsultation => P("来源会诊", "From consultation");

    public string ReferralProgress => P("转诊进度", "Progress");

    public string ReferralStep(Contracts.Referrals.ReferralStatus step) => step switch
    {
        Contracts.Referrals.ReferralStatus.Requested => P("提出转诊", "Referred"),
        Contracts.Referrals.ReferralStatus.Accepted => P("市级医院接收", "Accepted"),
        Contracts.Referrals.ReferralStatus.Admitted => P("入院", "Admitted"),
        Contracts.Referrals.ReferralStatus.Returned => P("转回县级医院", "Returned"),
        Contracts.Referrals.ReferralStatus.Declined => P("婉拒", "Declined"),
        _ => step.ToString(),
    };

    public string ExistingReferral => P("已有转诊", "Referral");

    // Agenda.
    public string AgendaTitle => P("我的会诊日程", "My consultation agenda");

    public string AgendaIntro => P("今后两周已预约的会诊，以及已接诊但还未预约时间的申请。时间为北京时间。", "Your booked consultations for the next two weeks, and the requests you claimed but have not scheduled yet. Times are Beijing time.");

    public string AgendaEmpty => P("今后两周没有预约。", "Nothing booked in the next two weeks.");

    public string ToScheduleTitle => P("已接诊、待预约", "Claimed, to schedule");

    public string NothingToSchedule => P("没有待预约的会诊。", "Nothing waiting to be scheduled.");

    public string InProgressTitle => P("正在进行", "In progress");

    public string Today => P("今天", "Today");

    public string BookingFor(string patient) => P($"会诊：{patient}", $"Consultation: {patient}");

    public string OtherBooking => P("其他预约", "Other booking");

    // Availability editor.
    public string AvailabilityTitle => P("我的出诊时间", "My availability");

    public string AvailabilityIntro => P(
        "每周固定时段和临时安排（如加诊或请假）共同决定可以预约会诊的时间。时间为北京时间。保存后对新的预约生效，已有预约不受影响。",
        "Weekly hours and one-off blocks (an extra clinic, or leave) decide when consultations can be booked. Times are Beijing time. Saving applies to new bookings; existing ones stand.");

    public string WeeklyWindows => P("每周固定时段", "Weekly hours");

    public string OneOffBlocks => P("临时安排", "One-off blocks");

    public string Day => P("星期", "Day");

    public string From => P("开始", "From");

    public string To => P("结束", "To");

    public string BlockKind(Contracts.Availability.AvailabilityKind kind) => kind switch
    {
        Contracts.Availability.AvailabilityKind.Available => P("加诊（可预约）", "Extra hours (available)"),
        Contracts.Availability.AvailabilityKind.Unavailable => P("请假/外出（不可预约）", "Leave (not available)"),
        _ => kind.ToString(),
    };

    public static IReadOnlyList<Contracts.Availability.AvailabilityKind> BlockKinds { get; } = [Contracts.Availability.AvailabilityKind.Available, Contracts.Availability.AvailabilityKind.Unavailable];

    public string AddWindow => P("增加时段", "Add hours");

    public string AddBlock => P("增加临时安排", "Add a block");

    public string Remove => P("删除", "Remove");

    public string NoWindows => P("还没有每周固定时段。", "No weekly hours yet.");

    public string NoBlocks => P("没有临时安排。", "No one-off blocks.");

    public string AvailabilitySaved => P("出诊时间已保存。", "Your availability is saved.");

    public string SaveAvailability => P("保存出诊时间", "Save availability");

    /// <summary>The consultation, availability and referral API's own field messages, in Chinese (ADR 0020).</summary>
    private static readonly Dictionary<string, string> ConsultationFieldMessages = new(StringComparer.Ordinal)
    {
        ["Specialty must be a code of the catalogue (GET /api/specialties)."] = "请选择一个专科。",
        ["Urgency must be one of: Routine, Urgent, Emergency."] = "请选择紧急程度。",
        ["Describe the patient (reference, age, sex)."] = "请填写患者信息（编号、年龄、性别）。",
        ["The patient reference is the hospital's pseudonymous code (letters, digits, - _ / .), such as SQ-2026-0147 — never a name."] =
            "请填写本院的患者编号（字母、数字、- _ / .），例如 SQ-2026-0147，不能填写姓名。",
        ["Enter the patient's age in years (0 for a newborn)."] = "请填写患者年龄（周岁，新生儿填 0）。",
        ["Sex must be one of: Female, Male, Unknown."] = "请选择性别。",
        ["Say what you need to know (at most 2000 characters)."] = "请写明需要补充的资料（不超过 2000 字）。",
        ["Write the answer (at most 4000 characters)."] = "请填写补充的资料（不超过 4000 字）。",
        ["Give the reason (at most 1000 characters)."] = "请填写原因（不超过 1000 字）。",
        ["Give the reason (at most 2000 characters)."] = "请填写原因（不超过 2000 字）。",
        ["The slot must start in the future."] = "会诊时间须晚于现在。",
        ["A slot lasts from 15 to 120 minutes (endsAt after startsAt)."] = "会诊时长须为 15 到 120 分钟。",
        ["A slot lasts from 15 to 120 minutes."] = "会诊时长须为 15 到 120 分钟。",
        ["Write the opinion (at most 8000 characters)."] = "请填写会诊意见（不超过 8000 字）。",
        ["Recommendation must be one of: ManageLocally, ReferUp, FollowUp."] = "请选择处理建议。",
        ["A follow-up needs followUpDays from 1 to 365."] = "随访间隔须为 1 到 365 天。",
        ["A follow-up needs a number of days from 1 to 365."] = "随访间隔须为 1 到 365 天。",
        ["followUpDays goes only with the FollowUp recommendation."] = "只有“随访”建议需要填写随访间隔。",
        ["Rate your satisfaction from 1 to 5."] = "请选择 1 到 5 分的满意度。",
        ["Satisfaction is from 1 to 5."] = "请选择 1 到 5 分的满意度。",
        ["Say whether the consultation avoided a referral (true or false)."] = "请选择是否避免了转诊。",
        ["Day must be one of: Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday."] = "请选择星期。",
        ["The window must end after it starts (same day)."] = "结束时间须晚于开始时间（同一天内）。",
        ["Kind must be Available or Unavailable."] = "请选择类型。",
        ["The block must end after it starts."] = "结束时间须晚于开始时间。",
        ["A block lasts at most a year."] = "临时安排最长一年。",
        ["The receiving department must be a department of the receiving hospital."] = "请选择接收医院的一个科室。",
        ["The expected date cannot be in the past."] = "预计到院日期不能早于今天。",
        ["Write the note for the county hospital (at most 2000 characters)."] = "请填写给县级医院的说明（不超过 2000 字）。",
        ["Say which green-channel priorities apply (treatment, examination, admission)."] = "请选择绿色通道的优先项目。",
        ["The value is not valid here."] = "此项的值无效。",
    };
}
