using System.Text.RegularExpressions;

namespace SpecialtyAlliance.Web.Localization;

/// <summary>
/// What the API's problems mean, in words (ADR 0020): one sentence per stable <c>code</c>, then per status,
/// then the API's own detail. Field messages come from the API in English; the ones whose wording is known
/// are said in Chinese too, the rest are shown as sent.
/// </summary>
public sealed partial class Texts
{
    public string ProblemTitle(int status) => status switch
    {
        0 => P("无法连接服务器", "Cannot reach the server"),
        400 => P("请检查填写的内容", "Please check what you entered"),
        401 => P("需要重新登录", "Please sign in again"),
        403 => P("没有权限", "Not allowed"),
        404 => P("找不到", "Not found"),
        409 => P("操作未完成", "This could not be done"),
        >= 500 => P("服务器出错了", "Something went wrong on the server"),
        _ => P("操作失败", "The request failed"),
    };

    /// <summary>The sentence for a problem's code, or null when the code has no words of its own.</summary>
    public string? ProblemByCode(string? code) => code switch
    {
        "concurrency" => P(
            "在您查看之后，有人修改了这条记录。请重新加载，查看最新内容后再操作。",
            "Someone changed this record after you opened it. Reload to see the latest version, then try again."),
        "invalid_transition" => P(
            "当前状态下不能进行这个操作，可能已被其他人处理。请重新加载查看最新状态。",
            "This step is not possible in the record's current state; someone may have acted on it already. Reload to see where it stands."),
        "slot_taken" => P(
            "这个时间段已被预约，请选择其他时间。",
            "This time slot has just been booked. Choose another time."),
        "outside_availability" => P(
            "这个时间不在专家公布的出诊时间内，请选择日历上标为可预约的时间。",
            "This time is outside the specialist's published availability. Choose a time the calendar shows as available."),
        "not_referable" => P(
            "只有已出具意见、且建议上转的会诊才能发起转诊。",
            "Only a completed consultation that recommended referring up can start a referral."),
        "referral_exists" => P(
            "这个会诊已经有一个进行中的转诊。",
            "This consultation already has a referral in progress."),
        "idempotency_conflict" => P(
            "同一份申请正在提交中，请稍候再试。",
            "The same submission is being processed right now. Try again in a moment."),
        "rotation_overlap" => P(
            "该医生在这段时间已有其他帮扶安排，时间不能重叠。",
            "This clinician already has a rotation in that period; rotations cannot overlap."),
        "no_route" => P(
            "本院没有覆盖这个专科的运行中结对，暂时无法申请该专科的会诊。",
            "No active alliance pairing covers this specialty for your hospital, so it cannot be consulted yet."),
        "duplicate_name" => P(
            "已存在同名记录，请换一个名称。",
            "A record with this name already exists. Choose another name."),
        "idempotency_key_reused" => P(
            "这次提交与之前的一次提交冲突，请刷新页面后重新填写。",
            "This submission clashes with an earlier one. Reload the page and fill the form again."),
        "already_claimed" or "claimed" => P(
            "已被其他专家接诊。",
            "Another specialist has already taken this request."),
        "forbidden" => P(
            "您的角色不能进行这个操作。",
            "Your role does not allow this."),
        "not_found" => P(
            "找不到这条记录：它可能已被删除，或不在您的权限范围内。",
            "This record was not found: it may have been removed, or it is outside what you may see."),
        "unauthorized" => P(
            "登录已过期，请重新登录。",
            "Your session has expired. Sign in again."),
        "invalid_credentials" => P(
            "邮箱或密码不正确。",
            "The email or password is not correct."),
        "locked_out" => P(
            "登录失败次数过多，账号已锁定 15 分钟。",
            "Too many failed attempts: the account is locked for 15 minutes."),
        "invalid_token" or "email_taken" or "account_deactivated" or "already_joined" or "deactivated" or "own_account" => AccountProblem(code),
        "validation" => P(
            "有些内容需要修改，请查看标红的项目。",
            "Some fields need your attention: see the ones marked in red."),
        "network" => P(
            "网络连接中断，请检查网络后重试。您填写的内容仍保留在页面上。",
            "The network connection was lost. Check it and try again; what you entered is still here."),
        _ => CorrectionProblemByCode(code),
    };

    /// <summary>The sentence for a status without a known code.</summary>
    public string ProblemByStatus(int status) => status switch
    {
        0 => ProblemByCode("network")!,
        400 => ProblemByCode("validation")!,
        401 => ProblemByCode("unauthorized")!,
        403 => ProblemByCode("forbidden")!,
        404 => ProblemByCode("not_found")!,
        409 => P("与当前状态冲突，请重新加载后再试。", "This conflicts with the record's current state. Reload and try again."),
        >= 500 => P(
            "服务器暂时无法完成请求，请稍后再试。如果问题持续，请联系管理员。",
            "The server could not complete the request. Try again in a moment; if it keeps happening, tell your administrator."),
        _ => P("请求失败，请稍后再试。", "The request failed. Try again in a moment."),
    };

    public string ProblemReference(string traceId) => P($"参考编号：{traceId}", $"Reference: {traceId}");

    /// <summary>
    /// A field message from the API in this language. The API writes English; messages whose wording is known
    /// (FluentValidation's standard ones and this API's own) are translated, anything else is shown as sent.
    /// </summary>
    public string FieldMessage(string message)
    {
        if (Language == Language.En)
        {
            return message;
        }

        if (KnownFieldMessages.TryGetValue(message, out var zh) || AllianceWorkFieldMessages.TryGetValue(message, out zh)
            || ConsultationFieldMessages.TryGetValue(message, out zh) || AccountFieldMessages.TryGetValue(message, out zh))
        {
            return zh;
        }

        if (message.Contains("must not be empty", StringComparison.Ordinal) || message.Contains("is required", StringComparison.Ordinal))
        {
            return "此项必填。";
        }

        if (MaxLengthMessage().Match(message) is { Success: true } tooLong)
        {
            return $"不能超过 {tooLong.Groups[1].Value} 个字符。";
        }

        if (BetweenMessage().Match(message) is { Success: true } between)
        {
            return $"须在 {between.Groups[1].Value} 到 {between.Groups[2].Value} 之间。";
        }

        if (message.Contains("has a range of values which does not include", StringComparison.Ordinal))
        {
            return "请从列表中选择。";
        }

        return message;
    }

    private static readonly Dictionary<string, string> KnownFieldMessages = new(StringComparer.Ordinal)
    {
        ["Name at least one specialty the pairing covers."] = "请至少选择一个结对专科。",
        ["No such department."] = "找不到该科室。",
        ["No such hospital."] = "找不到该医院。",
        ["The city side of a pairing must be a department of a city center hospital."] = "结对的市级一方必须是市级中心医院的科室。",
        ["A city center hospital cannot be the county side of a pairing."] = "市级中心医院不能作为结对的县级一方。",
        ["The department must belong to the county hospital."] = "该科室必须属于所选的县级医院。",
        ["The party branch must belong to the city department's hospital."] = "党支部必须属于市级科室所在的医院。",
        ["Every department must belong to the branch's hospital."] = "所选科室必须都属于该党支部所在的医院。",
        ["Specialty must be a code of the catalogue (GET /api/specialties)."] = "请选择一个专科。",
        ["Specialty must be a code of the catalogue."] = "请选择一个专科。",
        ["Enter your email address."] = "请输入邮箱。",
        ["Enter your password."] = "请输入密码。",
        ["If-Match must be the quoted version you read, such as \"1234\"."] = "缺少版本信息，请重新加载后再试。",
    };

    [GeneratedRegex(@"must be (\d+) characters or fewer")]
    private static partial Regex MaxLengthMessage();

    [GeneratedRegex(@"must be between (-?\d+) and (-?\d+)")]
    private static partial Regex BetweenMessage();
}
