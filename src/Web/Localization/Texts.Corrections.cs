namespace SpecialtyAlliance.Web.Localization;

/// <summary>Correcting records and reading their history (ADR 0037, 0038).</summary>
public sealed partial class Texts
{
    public string EditPairing => P("修改结对信息", "Edit the pairing");

    public string PairingSaved => P("结对信息已保存。", "The pairing is saved.");

    public string RecordSaved => P("修改已保存。", "The change is saved.");

    public string HistoryTitle => P("修改记录", "History");

    public string HistoryEmpty => P("还没有修改记录。", "No changes recorded yet.");

    public string HistorySystem => P("系统", "System");

    public string AuditAction(string action) => action switch
    {
        "Added" => P("创建", "Created"),
        "Modified" => P("修改", "Changed"),
        "Deleted" => P("删除", "Deleted"),
        _ => action,
    };

    /// <summary>A field's name in the history; known fields in words, any other as the API names it.</summary>
    public string HistoryField(string field) => field switch
    {
        "status" => P("状态", "Status"),
        "statusChangedAt" => P("状态变更时间", "Status changed at"),
        "goals" => P("结对目标", "Goals"),
        "specialties" => P("专科", "Specialties"),
        "agreementDate" => P("协议签订日期", "Agreement date"),
        "cityPartyBranchId" => P("市级党支部", "City party branch"),
        "name" => P("名称", "Name"),
        "specialtyCode" => P("专科", "Specialty"),
        "secretaryName" => P("书记", "Secretary"),
        "memberCount" => P("党员人数", "Members"),
        "departmentIds" => P("科室", "Departments"),
        "need" => P("需求", "Need"),
        "monthsWanted" => P("期望月数", "Months wanted"),
        "role" => P("角色", "Role"),
        "objectives" => P("帮扶目标", "Objectives"),
        "technique" => P("技术名称", "Technique"),
        "priority" => P("优先级", "Priority"),
        "scope" => P("空白范围", "Scope"),
        "targetDate" => P("目标日期", "Target date"),
        "description" => P("说明", "Description"),
        "title" => P("标题", "Title"),
        "place" => P("地点", "Place"),
        "participants" => P("参与人数", "Participants"),
        "peopleReached" => P("服务群众人数", "People reached"),
        "summary" => P("活动总结", "Summary"),
        _ => field,
    };

    /// <summary>"2026年3月5日 14:30 · 王立新 · 修改".</summary>
    public string HistoryWhoWhen(DateTimeOffset at, string? actor, string action) =>
        $"{DateTime(at)} · {actor ?? HistorySystem} · {AuditAction(action)}";

    public string HistoryEmptyValue => P("（空）", "(empty)");

    /// <summary>The words for the conflicts a correction meets (the API's codes of ADR 0037).</summary>
    public string? CorrectionProblemByCode(string? code) => code switch
    {
        "if_match_required" => P("请先重新加载，再基于最新内容修改。", "Reload first, then change the latest version."),
        "pairing_ended" => P("已结束的结对不能再修改。", "An ended pairing can no longer be edited."),
        "department_in_pairing" => P(
            "该科室正服务于未结束的结对，不能更改其专科。", "The department serves a pairing that has not ended: its specialty cannot change."),
        "support_request_withdrawn" => P("已撤回的需求不能再修改。", "A withdrawn request can no longer be edited."),
        "support_request_answered" => P(
            "已有帮扶安排响应该需求，不能更改专科。", "Rotations already answer this request: its specialty cannot change."),
        "rotation_role_locked" => P("已完成或已取消的帮扶安排不能更改角色。", "A completed or cancelled rotation keeps its role."),
        "rotation_cancelled" => P("已取消的帮扶安排不能再修改。", "A cancelled rotation can no longer be edited."),
        "gap_filled" => P("技术空白已填补：技术名称和目标日期不能再改。", "The gap is filled: its technique and target date are history."),
        "gap_closed" => P("该技术空白已结束，只能修改说明。", "This gap is closed: only its description can be corrected."),
        _ => null,
    };
}
