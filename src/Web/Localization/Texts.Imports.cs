using SpecialtyAlliance.Contracts.Imports;

namespace SpecialtyAlliance.Web.Localization;

/// <summary>The import wizard: staff and hospitals from a workbook or CSV file.</summary>
public sealed partial class Texts
{
    public string NavImport => P("批量导入", "Import");

    public string ImportStaffTitle => P("批量导入人员", "Import staff");

    public string ImportHospitalsTitle => P("批量导入医院与科室", "Import hospitals and departments");

    public string ImportStaffIntro => P(
        "下载模板，每行填写一人，上传后先预览：每一行的问题都会列出；确认无误后一次性导入，有任何一行有问题则什么都不导入。按邮箱识别，已存在的人员会跳过。",
        "Download the template, fill in one person a row, and upload it to preview: every row's problems are listed. The import is all or nothing — if any row has a problem, nothing is imported. People are keyed by e-mail: those already there are skipped.");

    public string ImportHospitalsIntro => P(
        "下载模板，每行一个科室，医院各列重复填写。按医院名称识别：已存在的医院不会被修改，只补充缺少的科室。",
        "Download the template: one row per department, the hospital's columns repeated. Hospitals are keyed by name: one already there is not changed and gets only the departments it lacks.");

    public string ImportOtherKind(bool staff) => staff ? P("导入医院与科室", "Import hospitals") : P("导入人员", "Import staff");

    public string StepTemplate => P("1. 下载模板", "1. Download the template");

    public string StepChooseFile => P("2. 选择文件（.xlsx 或 CSV UTF-8，最大 5 MB、2000 行）", "2. Choose the file (.xlsx or CSV UTF-8, up to 5 MB and 2,000 rows)");

    public string StepPreview => P("3. 预览", "3. Preview");

    public string StepImport => P("4. 导入", "4. Import");

    public string TemplateXlsx => P("Excel 模板 (.xlsx)", "Excel template (.xlsx)");

    public string TemplateCsv => P("CSV 模板", "CSV template");

    public string ChosenFile(string name) => P($"已选择：{name}", $"Chosen: {name}");

    public string Previewing => P("正在预览…", "Previewing…");

    public string PreviewAction => P("预览", "Preview");

    public string ImportAction => P("导入", "Import");

    public string Importing => P("正在导入…", "Importing…");

    public string FileTooLargeHere => P("文件超过 5 MB。", "The file is larger than 5 MB.");

    public string PreviewCounts(ImportPreviewResponse preview) => P(
        $"共 {preview.Total} 行：将新建 {preview.ToCreate} 行，跳过 {preview.ToSkip} 行（已存在），{preview.Invalid} 行有问题。",
        $"{preview.Total} rows: {preview.ToCreate} to create, {preview.ToSkip} to skip (already there), {preview.Invalid} with problems.");

    public string FixBeforeImport => P("请先修改有问题的行，再重新选择文件预览。", "Fix the rows with problems, then choose the file again and preview it.");

    public string ImportRefused(int rows) => P($"有 {rows} 行有问题，什么都没有导入。", $"{rows} rows have problems: nothing was imported.");

    public string OnlyProblemRows => P("只看有问题的行", "Only rows with problems");

    public string ImportRowNumber => P("行号", "Row");

    public string ImportActionLabel => P("操作", "Action");

    public string ImportProblemsLabel => P("问题", "Problems");

    public string ImportActionName(string action) => action switch
    {
        ImportActions.Create => P("新建", "Create"),
        ImportActions.Skip => P("已存在，跳过", "Already there, skip"),
        ImportActions.Invalid => P("有问题", "Has problems"),
        _ => action,
    };

    public string ImportedStaff(StaffImportResponse result) => P(
        $"导入完成：新建 {result.Created} 人，跳过 {result.Skipped} 人（已存在）。",
        $"Imported: {result.Created} people created, {result.Skipped} skipped (already there).");

    public string ImportedHospitals(HospitalImportResponse result) => P(
        $"导入完成：新建医院 {result.HospitalsCreated} 家、科室 {result.DepartmentsCreated} 个；跳过 {result.Skipped} 行（已存在）。",
        $"Imported: {result.HospitalsCreated} hospitals and {result.DepartmentsCreated} departments created; {result.Skipped} rows skipped (already there).");

    public string InvitationLinksToPassOn => P("以下人员的邀请邮件未发送（未配置邮件服务），请将链接转交本人：", "These invitations were not e-mailed (no mail server is configured): pass the links on to each person.");

    public string ImportInvitationLink => P("邀请链接", "Invitation link");

    public string ImportPersonName => P("姓名", "Name");

    public string ImportEmailLabel => P("邮箱", "E-mail");

    public string ImportHospitalLabel => P("医院", "Hospital");

    public string ImportDepartmentLabel => P("科室", "Department");

    public string ImportRoleLabel => P("角色", "Role");

    /// <summary>One problem of a row in words: the column as the file heads it, then what is wrong (the server's English words in English).</summary>
    public string ImportProblem(ImportProblemResponse problem) => $"{problem.Column}：" + (Language == Language.En ? problem.Message : problem.Code switch
    {
        "required" => "必须填写。",
        "too_long" => "内容太长。",
        "invalid_email" => "不是有效的邮箱地址。",
        "invalid_phone" => "不是有效的电话号码（只能包含数字、空格、+、- 和括号）。",
        "unknown_value" => "无法识别这个值，请按模板“填写说明”填写。",
        "unknown_hospital" => "找不到这家医院（或不在您的权限范围内），请填写平台中的医院全称。",
        "unknown_department" => "该医院没有这个科室，请先添加科室或检查名称。",
        "out_of_scope" => "协调员只能导入本院人员。",
        "role_not_allowed" => "只有联盟管理员可以导入管理员。",
        "duplicate_in_file" => "与文件中前面的一行重复。",
        "email_taken" => "这个邮箱已被另一个人使用。",
        "conflicting_values" => "与同一医院前面一行填写的不一致。",
        _ => problem.Message,
    });
}
