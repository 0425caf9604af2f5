namespace SpecialtyAlliance.Web.Localization;

/// <summary>The alliance's work: support requests, rotations and their timeline, technology gaps, joint activities.</summary>
public sealed partial class Texts
{
    // Navigation and home.
    public string NavSupportRequests => P("帮扶需求", "Support requests");

    public string NavRotations => P("对口帮扶", "Rotations");

    public string NavTechnologyGaps => P("技术空白", "Technology gaps");

    public string NavActivities => P("联建活动", "Joint activities");

    public string QuickAskForSupport => P("提出帮扶需求", "Ask for support");

    public string QuickPlanRotation => P("安排帮扶", "Plan a rotation");

    public string QuickDeclareGap => P("申报技术空白", "Declare a technology gap");

    public string QuickGapsBoard => P("技术空白看板", "Technology gap board");

    public string QuickRecordActivity => P("记录联建活动", "Record a joint activity");

    public string QuickCoverage => P("帮扶覆盖情况", "Coverage");

    public string AllianceWorkAtAGlance => P("联盟工作概况", "The alliance's work at a glance");

    public string OpenSupportRequestsCount => P("待响应的帮扶需求", "Open support requests");

    public string GapsPlannedCount => P("已计划的技术空白", "Gaps planned");

    public string ActiveRotationsCount => P("进行中的帮扶", "Rotations under way");

    // Common words of these pages.
    public string Period => P("时间段", "Period");

    public string StartsOn => P("开始日期", "First day");

    public string EndsOn => P("结束日期", "Last day");

    public string PeriodText(string from, string to) => P($"{from} 至 {to}", $"{from} – {to}");

    public string DaysCount(int days) => P($"{days} 天", days == 1 ? "1 day" : $"{days} days");

    public string MonthsCount(int months) => P($"{months} 个月", months == 1 ? "1 month" : $"{months} months");

    public string PeriodFrom => P("起始日期", "From");

    public string PeriodTo => P("截止日期", "To");

    public string Confirm => P("确认", "Confirm");

    public string RecordedBy(string name, string when) => P($"{name} 记录于 {when}", $"Recorded by {name} on {when}");

    public string ReadOnlyHint => P("您可以查看这些记录；由协调员或管理员维护。", "You can view these records; coordinators and administrators keep them.");

    public string SubmitProblemsHint => P("提交后，系统会在对应项目旁说明需要修改的地方。", "After submitting, anything to change is marked beside its field.");

    // Support requests.
    public string SupportRequestsTitle => P("帮扶需求", "Support requests");

    public string SupportRequestTitle => P("帮扶需求详情", "Support request");

    public string NewSupportRequest => P("提出帮扶需求", "Ask for support");

    public string SupportRequestIntro => P(
        "县级医院向市级中心医院提出帮扶需求：需要哪个专科、什么帮助、大约多长时间。市级协调员据此安排对口帮扶。",
        "A county hospital asks the city center hospital for support: which specialty, what help, for about how long. The city coordinators plan rotations that answer it.");

    public string Need => P("帮扶内容", "What is needed");

    public string MonthsWanted => P("期望时长（月）", "Months wanted");

    public string RequestedBy => P("提出人", "Asked by");

    public string SupportRequestedAt => P("提出时间", "Asked on");

    public string NoSupportRequests => P("没有符合条件的帮扶需求。", "No support requests match.");

    public string SupportRequestCreated => P("帮扶需求已提交。", "The support request is sent.");

    public string Withdraw => P("撤回需求", "Withdraw");

    public string WithdrawConfirmTitle => P("撤回这条帮扶需求？", "Withdraw this support request?");

    public string WithdrawConfirmText => P("撤回后不能再安排帮扶来响应它。", "Once withdrawn, no rotation can answer it.");

    public string SupportRequestWithdrawn => P("帮扶需求已撤回。", "The support request is withdrawn.");

    public string AnsweringRotations => P("响应该需求的帮扶安排", "Rotations answering it");

    public string NoAnsweringRotations => P("还没有帮扶安排响应这条需求。", "No rotation answers this request yet.");

    public string PlanRotationFromRequest => P("据此安排帮扶", "Plan a rotation for it");

    public string SupportRequestStatus(Contracts.Rotations.SupportRequestStatus status) => status switch
    {
        Contracts.Rotations.SupportRequestStatus.Open => P("待响应", "Open"),
        Contracts.Rotations.SupportRequestStatus.Answered => P("已响应", "Answered"),
        Contracts.Rotations.SupportRequestStatus.Withdrawn => P("已撤回", "Withdrawn"),
        _ => status.ToString(),
    };

    public static IReadOnlyList<Contracts.Rotations.SupportRequestStatus> SupportRequestStatuses { get; } = [Contracts.Rotations.SupportRequestStatus.Open, Contracts.Rotations.SupportRequestStatus.Answered, Contracts.Rotations.SupportRequestStatus.Withdrawn];

    // Rotations.
    public string RotationsTitle => P("对口帮扶", "Rotations");

    public string RotationTitle => P("帮扶安排", "Rotation");

    public string PlanRotation => P("安排帮扶", "Plan a rotation");

    public string PlanRotationIntro => P(
        "派驻市级专家到县级医院科室（常驻、临时科室负责人、护理帮扶、巡诊），或安排县级医生到市级科室进修。同一医生的帮扶时间不能重叠。",
        "Station a city clinician at a county department (resident expert, temporary head, nursing mentor, visiting expert), or bring a county clinician to a city department for advanced study. One clinician's rotations never overlap.");

    public string PlanRotationFromRequestIntro(string hospital, string need) => P(
        $"根据{hospital}的帮扶需求填好了表格：{need}",
        $"Filled in from {hospital}'s support request: {need}");

    public string Clinician => P("帮扶医生", "Clinician");

    public string ClinicianHospital => P("医生所在医院", "Clinician's hospital");

    public string HomeDepartment => P("所在科室", "Home department");

    public string HostHospital => P("帮扶医院", "Host hospital");

    public string HostDepartment => P("帮扶科室", "Host department");

    public string RotationRoleLabel => P("帮扶方式", "Role");

    public string Objectives => P("帮扶目标", "Objectives");

    public string SupportRequestLabel => P("响应的帮扶需求", "Support request answered");

    public string NoSupportRequest => P("不关联帮扶需求", "None");

    public string ChooseHospitalFirst => P("请先选择医院", "Choose the hospital first");

    public string ChooseDepartmentFirst => P("请先选择科室", "Choose the department first");

    public string ClinicianOtherRotations => P("该医生已有的帮扶安排", "This clinician's other rotations");

    public string ConflictingRotations => P("时间重叠的安排：", "The rotations in that period:");

    public string RotationPlanned => P("帮扶已安排，当前状态为“计划中”。", "The rotation is planned.");

    public string StartRotation => P("开始帮扶", "Start");

    public string CompleteRotation => P("完成帮扶", "Complete");

    public string CancelRotation => P("取消帮扶", "Cancel rotation");

    public string Reschedule => P("调整时间", "Reschedule");

    public string RescheduleHint => P("进行中的帮扶只能调整结束日期。", "A rotation under way keeps its first day; only the last day can move.");

    public string RotationMoved(string status) => P($"帮扶状态已改为“{status}”。", $"The rotation is now {status}.");

    public string RotationRescheduled => P("帮扶时间已调整。", "The rotation's period is changed.");

    public string CancelReason => P("取消原因", "Reason for cancelling");

    public string CancelledBecause(string reason) => P($"取消原因：{reason}", $"Cancelled: {reason}");

    public string NoRotationActions => P("该帮扶已结束，不能再改变。", "This rotation is over and can no longer change.");

    public string RotationActionsNotYours => P(
        "帮扶由联盟管理员和市级中心医院的协调员安排和调整（县级协调员：本院医生的进修）。",
        "Administrators and the city center hospital's coordinators plan and move rotations (county coordinators: their own clinicians' advanced study).");

    public string NoRotations => P("没有符合条件的帮扶安排。", "No rotations match.");

    public string Timeline => P("时间轴", "Timeline");

    public string ListView => P("列表", "List");

    public string Coverage => P("覆盖情况", "Coverage");

    public string GroupBy => P("分组", "Group by");

    public string GroupByHost => P("按帮扶医院", "By host hospital");

    public string GroupByClinician => P("按医生", "By clinician");

    public string EarlierMonths => P("往前", "Earlier");

    public string LaterMonths => P("往后", "Later");

    public string ThisPeriod => P("回到本月", "Back to this month");

    public string TimelineWindow(string from, string to) => P($"{from} – {to}", $"{from} – {to}");

    public string TimelineDescription(string from, string to) => P(
        $"帮扶时间轴，{from} 至 {to}。每一行是一组，每个色块是一次帮扶，颜色表示帮扶方式。",
        $"Rotation timeline from {from} to {to}. Each row is a group; each bar is one rotation, coloured by role.");

    public string NoRotationsInWindow => P("这段时间没有帮扶安排。", "No rotations in this period.");

    public string TimelineLegend => P("图例", "Legend");

    public string StatusPatterns => P("计划中为虚线框，进行中为实色，已完成为浅色，已取消为灰色。", "Planned bars are outlined, active ones solid, completed ones pale, cancelled ones grey.");

    public string ContinuesEarlier => P("（更早开始）", "(began earlier)");

    public string ContinuesLater => P("（之后仍继续）", "(continues later)");

    public string BarDescription(string clinician, string role, string host, string period, string status) => P(
        $"{clinician}，{role}，{host}，{period}，{status}",
        $"{clinician}, {role}, {host}, {period}, {status}");

    public string MonthLabel(DateOnly month) => month.ToString(P("yyyy年M月", "MMM yyyy"), Culture);

    public string ShortMonthLabel(DateOnly month) => month.Month == 1 ? MonthLabel(month) : month.ToString(P("M月", "MMM"), Culture);

    public string RotationRole(Contracts.Rotations.RotationRole role) => role switch
    {
        Contracts.Rotations.RotationRole.ResidentExpert => P("常驻专家", "Resident expert"),
        Contracts.Rotations.RotationRole.TemporaryDepartmentHead => P("临时科室负责人", "Temporary department head"),
        Contracts.Rotations.RotationRole.NursingMentor => P("护理帮扶", "Nursing mentor"),
        Contracts.Rotations.RotationRole.VisitingExpert => P("巡诊专家", "Visiting expert"),
        Contracts.Rotations.RotationRole.InboundAdvancedStudy => P("进修", "Advanced study (inbound)"),
        _ => role.ToString(),
    };

    public static IReadOnlyList<Contracts.Rotations.RotationRole> RotationRoles { get; } =
        [Contracts.Rotations.RotationRole.ResidentExpert, Contracts.Rotations.RotationRole.TemporaryDepartmentHead, Contracts.Rotations.RotationRole.NursingMentor, Contracts.Rotations.RotationRole.VisitingExpert, Contracts.Rotations.RotationRole.InboundAdvancedStudy];

    public string RotationStatus(Contracts.Rotations.RotationStatus status) => status switch
    {
        Contracts.Rotations.RotationStatus.Planned => P("计划中", "Planned"),
        Contracts.Rotations.RotationStatus.Active => P("进行中", "Active"),
        Contracts.Rotations.RotationStatus.Completed => P("已完成", "Completed"),
        Contracts.Rotations.RotationStatus.Cancelled => P("已取消", "Cancelled"),
        _ => status.ToString(),
    };

    public static IReadOnlyList<Contracts.Rotations.RotationStatus> RotationStatuses { get; } = [Contracts.Rotations.RotationStatus.Planned, Contracts.Rotations.RotationStatus.Active, Contracts.Rotations.RotationStatus.Completed, Contracts.Rotations.RotationStatus.Cancelled];

    // Coverage.
    public string CoverageTitle => P("帮扶覆盖情况", "Coverage");

    public string CoverageAsOf(string date) => P($"截至 {date}", $"As of {date}");

    public string StationedNow => P("目前有专家驻点的县级科室", "County departments with someone stationed now");

    public string NobodyStationed => P("目前没有专家驻点。", "Nobody is stationed anywhere today.");

    public string UnansweredRequests => P("尚未响应的帮扶需求", "Support requests not yet answered");

    public string AllRequestsAnswered => P("所有帮扶需求都已响应。", "Every support request has been answered.");

    public string Until(string date) => P($"至 {date}", $"until {date}");

    // Technology gaps.
    public string GapsTitle => P("技术空白", "Technology gaps");

    public string GapTitle => P("技术空白详情", "Technology gap");

    public string DeclareGap => P("申报技术空白", "Declare a gap");

    public string DeclareGapIntro => P(
        "县级医院申报尚不能开展的技术；市级中心医院安排带教科室和带教专家，首例完成即“填补空白”。",
        "A county hospital declares a technique it cannot yet perform; the city center hospital names a mentoring department and lead mentor; the first case fills the gap.");

    public string Technique => P("技术项目", "Technique");

    public string Description => P("说明", "Description");

    public string GapScopeLabel => P("空白范围", "Scope");

    public string PriorityLabel => P("优先级", "Priority");

    public string IdentifiedOn => P("识别日期", "Identified on");

    public string TargetDate => P("目标日期", "Target date");

    public string MentoringDepartment => P("带教科室", "Mentoring department");

    public string LeadMentor => P("带教专家", "Lead mentor");

    public string FirstCaseOn => P("首例日期", "First case on");

    public string LeadOperator => P("主刀/操作者", "Lead operator");

    public string LeadOperatorStaff => P("主刀/操作者（本系统用户）", "Lead operator (a staff member)");

    public string LeadOperatorName => P("或填写姓名", "Or their name");

    public string LeadOperatorHint => P("不是本系统用户时，请填写姓名。", "If they have no account here, write their name.");

    public string SupervisingMentor => P("指导专家", "Supervising mentor");

    public string CaseReference => P("病例编号（化名）", "Case reference (pseudonymous)");

    public string CaseReferenceHint => P("请勿填写患者姓名。", "Never a patient's name.");

    public string EstablishedOn => P("常规开展日期", "Established on");

    public string AbandonReason => P("放弃原因", "Why it is abandoned");

    public string Filled => P("填补空白", "Gap filled");

    public string FilledOn(string date) => P($"填补空白 · {date}", $"Gap filled · {date}");

    public string GapOverdue => P("已过目标日期", "Past its target date");

    public string TargetOn(string date) => P($"目标 {date}", $"Target {date}");

    public string NoTargetDate => P("未定目标日期", "No target date yet");

    public string NoGapsInColumn => P("无", "None");

    public string GapsBoardDescription => P("技术空白看板：按状态分为五列。", "Technology gap board: five columns by status.");

    public string GapCount(int count) => P($"{count} 项", count == 1 ? "1 gap" : $"{count} gaps");

    public string GapDeclared => P("技术空白已申报。", "The technology gap is declared.");

    public string PlanGap => P("安排带教", "Plan mentoring");

    public string ReplanGap => P("调整带教安排", "Re-plan");

    public string RecordFirstCase => P("记录首例", "Record the first case");

    public string EstablishGap => P("确认常规开展", "Mark as established");

    public string AbandonGap => P("放弃", "Abandon");

    public string GapMoved(string status) => P($"技术空白状态已改为“{status}”。", $"The gap is now {status}.");

    public string GapRecord => P("技术空白记录", "The gap's record");

    public string NoGapActions => P("这项技术空白已结束，不能再改变。", "This gap is closed and can no longer change.");

    public string GapActionsNotYours => P(
        "县级医院协调员申报、记录首例和确认开展；市级协调员安排带教；带教科室的专家也可记录首例。",
        "The county's coordinators declare, record the first case and establish; the city's coordinators plan; the mentoring department's specialists may record the first case too.");

    public string GapStatus(Contracts.TechnologyGaps.TechnologyGapStatus status) => status switch
    {
        Contracts.TechnologyGaps.TechnologyGapStatus.Identified => P("已识别", "Identified"),
        Contracts.TechnologyGaps.TechnologyGapStatus.Planned => P("已计划", "Planned"),
        Contracts.TechnologyGaps.TechnologyGapStatus.FirstCasePerformed => P("已完成首例", "First case performed"),
        Contracts.TechnologyGaps.TechnologyGapStatus.Established => P("已常规开展", "Established"),
        Contracts.TechnologyGaps.TechnologyGapStatus.Abandoned => P("已放弃", "Abandoned"),
        _ => status.ToString(),
    };

    public static IReadOnlyList<Contracts.TechnologyGaps.TechnologyGapStatus> GapStatuses { get; } = [Contracts.TechnologyGaps.TechnologyGapStatus.Identified, Contracts.TechnologyGaps.TechnologyGapStatus.Planned, Contracts.TechnologyGaps.TechnologyGapStatus.FirstCasePerformed, Contracts.TechnologyGaps.TechnologyGapStatus.Established, Contracts.TechnologyGaps.TechnologyGapStatus.Abandoned];

    public string GapScope(Contracts.TechnologyGaps.GapScope scope) => scope switch
    {
        Contracts.TechnologyGaps.GapScope.Hospital => P("本院空白", "New to the hospital"),
        Contracts.TechnologyGaps.GapScope.County => P("县域空白", "New to the county"),
        Contracts.TechnologyGaps.GapScope.City => P("全市空白", "New to the city"),
        _ => scope.ToString(),
    };

    public static IReadOnlyList<Contracts.TechnologyGaps.GapScope> GapScopes { get; } = [Contracts.TechnologyGaps.GapScope.Hospital, Contracts.TechnologyGaps.GapScope.County, Contracts.TechnologyGaps.GapScope.City];

    public string GapPriority(Contracts.TechnologyGaps.GapPriority priority) => priority switch
    {
        Contracts.TechnologyGaps.GapPriority.High => P("高", "High"),
        Contracts.TechnologyGaps.GapPriority.Medium => P("中", "Medium"),
        Contracts.TechnologyGaps.GapPriority.Low => P("低", "Low"),
        _ => priority.ToString(),
    };

    public static IReadOnlyList<Contracts.TechnologyGaps.GapPriority> GapPriorities { get; } = [Contracts.TechnologyGaps.GapPriority.High, Contracts.TechnologyGaps.GapPriority.Medium, Contracts.TechnologyGaps.GapPriority.Low];

    // Joint activities.
    public string ActivitiesTitle => P("联建活动", "Joint activities");

    public string ActivityTitle => P("活动详情", "Joint activity");

    public string RecordActivity => P("记录活动", "Record an activity");

    public string RecordActivityIntro => P(
        "记录已经开展的“党建+专科联盟”活动：参与的医院和党支部、参加人数和服务群众人数。",
        "Record a party-building and specialty alliance activity that took place: the hospitals and party branches involved, participants and people reached.");

    public string ActivityKindLabel => P("活动类型", "Kind");

    public string TitleLabel => P("活动名称", "Title");

    public string HeldOn => P("活动日期", "Held on");

    public string Place => P("地点", "Place");

    public string LiveSurgery => P("手术直播", "Live surgery");

    public string LiveSurgeryHint => P("仅学术论坛和手术教学可以有手术直播。", "Only an academic forum or surgical teaching broadcasts surgery.");

    public string HospitalsInvolved => P("参与医院", "Hospitals involved");

    public string BranchesInvolved => P("参与党支部", "Party branches involved");

    public string ChooseHospitalsForBranches => P("选择参与医院后，可在此选择其党支部。", "Choose the hospitals first; their party branches appear here.");

    public string Participants => P("参加人数", "Participants");

    public string PeopleReached => P("服务群众人数", "People reached");

    public string ActivitySummary => P("活动简介", "Summary");

    public string NoActivities => P("没有符合条件的活动。", "No activities match.");

    public string ActivityRecorded => P("活动已记录。", "The activity is recorded.");

    public string ActivityKind(Contracts.Activities.ActivityKind kind) => kind switch
    {
        Contracts.Activities.ActivityKind.ThemePartyDay => P("主题党日", "Theme party day"),
        Contracts.Activities.ActivityKind.FreeClinic => P("义诊", "Free clinic"),
        Contracts.Activities.ActivityKind.PartyAffairsTraining => P("党务培训", "Party affairs training"),
        Contracts.Activities.ActivityKind.TeachingRounds => P("教学查房", "Teaching rounds"),
        Contracts.Activities.ActivityKind.SurgicalTeaching => P("手术教学", "Surgical teaching"),
        Contracts.Activities.ActivityKind.AcademicForum => P("学术论坛", "Academic forum"),
        _ => kind.ToString(),
    };

    public static IReadOnlyList<Contracts.Activities.ActivityKind> ActivityKinds { get; } =
        [Contracts.Activities.ActivityKind.ThemePartyDay, Contracts.Activities.ActivityKind.FreeClinic, Contracts.Activities.ActivityKind.PartyAffairsTraining, Contracts.Activities.ActivityKind.TeachingRounds, Contracts.Activities.ActivityKind.SurgicalTeaching, Contracts.Activities.ActivityKind.AcademicForum];

    /// <summary>The API's field messages of these features, in Chinese (see <see cref="FieldMessage"/>).</summary>
    private static readonly Dictionary<string, string> AllianceWorkFieldMessages = new(StringComparer.Ordinal)
    {
        ["No such staff member."] = "找不到该人员。",
        ["The clinician has no department: name their home department."] = "该医生没有所属科室，请选择其所在科室。",
        ["The home department must belong to the clinician's hospital."] = "所在科室必须属于医生所在的医院。",
        ["Inbound advanced study brings a county clinician to a city department."] = "进修是县级医生到市级中心医院的科室学习。",
        ["This role stations a city clinician at a county hospital's department."] = "这种帮扶方式是派市级医生到县级医院的科室。",
        ["No such support request."] = "找不到该帮扶需求。",
        ["The support request is another county hospital's."] = "该帮扶需求属于另一家县级医院。",
        ["An active rotation has begun: only its end can move."] = "进行中的帮扶已经开始，只能调整结束日期。",
        ["The last day cannot be before the first."] = "结束日期不能早于开始日期。",
        ["A rotation lasts at most 1098 days."] = "一次帮扶最长 1098 天。",
        ["A rotation that has already ended cannot be planned or moved."] = "已经结束的帮扶不能再安排或调整。",
        ["Support is asked for by a county hospital, not by the city center hospital."] = "帮扶需求由县级医院提出，市级中心医院不能提出。",
        ["Technology gaps are a county hospital's; the city center hospital mentors them."] = "技术空白由县级医院申报，市级中心医院负责带教。",
        ["A gap cannot be identified in the future."] = "识别日期不能晚于今天。",
        ["The target date cannot be before the gap was identified."] = "目标日期不能早于识别日期。",
        ["Name a department of your city center hospital."] = "请选择本市级中心医院的一个科室。",
        ["The lead mentor must be a staff member of the mentoring department."] = "带教专家必须是带教科室的人员。",
        ["A first case cannot be recorded before it happens."] = "首例日期不能晚于今天。",
        ["The first case cannot be before the gap was identified."] = "首例日期不能早于识别日期。",
        ["Name who performed the case (or give leadOperatorId)."] = "请选择或填写主刀/操作者。",
        ["The supervising mentor must be a staff member of the mentoring hospital."] = "指导专家必须是带教医院的人员。",
        ["The lead operator must be a staff member of the county or the mentoring hospital."] = "主刀/操作者必须是县级医院或带教医院的人员。",
        ["A technique cannot be established in the future."] = "常规开展日期不能晚于今天。",
        ["A technique cannot be established before its first case."] = "常规开展日期不能早于首例日期。",
        ["Record an activity once it has taken place."] = "活动开展之后才能记录。",
        ["Only an academic forum or surgical teaching broadcasts surgery."] = "仅学术论坛和手术教学可以有手术直播。",
        ["Name at least one hospital involved."] = "请至少选择一家参与医院。",
        ["Every hospital must be one of the alliance's that you work with."] = "参与医院必须是与本院结对的联盟医院。",
        ["Every party branch must belong to one of the hospitals involved."] = "党支部必须属于所选的参与医院。",
        ["Coordinators record the activities their own hospital took part in: include your hospital."] = "协调员只能记录本院参与的活动，请勾选本院。",
        ["'to' cannot be before 'from'."] = "截止日期不能早于起始日期。",
    };
}
