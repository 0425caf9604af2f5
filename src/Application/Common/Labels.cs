using SpecialtyAlliance.Domain.Activities;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Referrals;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Domain.TechnologyGaps;

namespace SpecialtyAlliance.Application.Common;

/// <summary>The Chinese names people read for the codes the API speaks (responses, notifications, CSV exports).</summary>
public static class Labels
{
    public static string Zh(RotationRole role) => role switch
    {
        RotationRole.ResidentExpert => "常驻专家",
        RotationRole.TemporaryDepartmentHead => "临时科室负责人",
        RotationRole.NursingMentor => "护理帮扶",
        RotationRole.VisitingExpert => "巡诊专家",
        RotationRole.InboundAdvancedStudy => "进修",
        _ => role.ToString(),
    };

    public static string Zh(ActivityKind kind) => kind switch
    {
        ActivityKind.ThemePartyDay => "主题党日",
        ActivityKind.FreeClinic => "义诊",
        ActivityKind.PartyAffairsTraining => "党务培训",
        ActivityKind.TeachingRounds => "教学查房",
        ActivityKind.SurgicalTeaching => "手术教学",
        ActivityKind.AcademicForum => "学术论坛",
        _ => kind.ToString(),
    };

    public static string Zh(GapScope scope) => scope switch
    {
        GapScope.Hospital => "填补本院空白",
        GapScope.County => "填补县域空白",
        GapScope.City => "填补全市空白",
        _ => scope.ToString(),
    };

    public static string Zh(TechnologyGapStatus status) => status switch
    {
        TechnologyGapStatus.Identified => "已识别",
        TechnologyGapStatus.Planned => "已计划",
        TechnologyGapStatus.FirstCasePerformed => "已完成首例",
        TechnologyGapStatus.Established => "已常规开展",
        TechnologyGapStatus.Abandoned => "已放弃",
        _ => status.ToString(),
    };

    public static string Zh(ConsultationStatus status) => status switch
    {
        ConsultationStatus.Requested => "待接诊",
        ConsultationStatus.Claimed => "已接诊",
        ConsultationStatus.InfoRequested => "待补充资料",
        ConsultationStatus.Scheduled => "已预约",
        ConsultationStatus.InProgress => "会诊中",
        ConsultationStatus.Completed => "已出具意见",
        ConsultationStatus.Closed => "已结案",
        ConsultationStatus.Rejected => "已退回",
        ConsultationStatus.Cancelled => "已取消",
        _ => status.ToString(),
    };

    public static string Zh(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => "急诊",
        Urgency.Urgent => "加急",
        Urgency.Routine => "常规",
        _ => urgency.ToString(),
    };

    public static string Zh(ReferralStatus status) => status switch
    {
        ReferralStatus.Requested => "待接收",
        ReferralStatus.Accepted => "已接收",
        ReferralStatus.Admitted => "已入院",
        ReferralStatus.Returned => "已转回",
        ReferralStatus.Declined => "已婉拒",
        _ => status.ToString(),
    };

    /// <summary>The specialty's Chinese name, or the code itself for a code outside the catalogue.</summary>
    public static string SpecialtyZh(string code) => Specialty.Find(code)?.NameZh ?? code;

    public static string RoleZh(string role) => Enum.TryParse<RotationRole>(role, out var parsed) ? Zh(parsed) : role;

    public static string KindZh(string kind) => Enum.TryParse<ActivityKind>(kind, out var parsed) ? Zh(parsed) : kind;

    public static string ScopeZh(string scope) => Enum.TryParse<GapScope>(scope, out var parsed) ? Zh(parsed) : scope;
}
