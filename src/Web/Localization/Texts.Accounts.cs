namespace SpecialtyAlliance.Web.Localization;

/// <summary>Accounts: the staff administration pages, invitations, password reset and change (ADR 0034).</summary>
public sealed partial class Texts
{
    public static IReadOnlyList<string> StaffRoles { get; } = ["Administrator", "Coordinator", "Specialist", "Clinician"];

    public static IReadOnlyList<string> StaffStatuses { get; } = ["Invited", "Active", "Deactivated"];

    public string NavStaff => P("人员账号", "Staff accounts");

    public string StaffTitle => P("人员账号", "Staff accounts");

    public string StaffIntro => P(
        "添加本院人员并发送邀请；人员离职时停用其账号，停用后立即无法登录。",
        "Add people and invite them; deactivate a leaver, whose sessions end at once.");

    public string AddPerson => P("添加人员", "Add a person");

    public string SearchStaff => P("按姓名或邮箱搜索", "Search by name or e-mail");

    public string RoleLabel => P("角色", "Role");

    public string HospitalLabel => P("医院", "Hospital");

    public string DepartmentLabel => P("科室", "Department");

    public string NoDepartment => P("不属于科室", "No department");

    public string FullName => P("姓名", "Name");

    public string PersonTitleLabel => P("职称/职务", "Title");

    public string Phone => P("电话", "Phone");

    public string PartyMember => P("中共党员", "Party member");

    public string IsDepartmentHeadLabel => P("科室主任", "Department head");

    public string SpecialtiesLabel => P("专长专科（仅市级专家）", "Specialties (specialists only)");

    public string NoStaffFound => P("没有符合条件的人员。", "Nobody matches.");

    public string StaffStatus(string status) => status switch
    {
        nameof(Contracts.Staff.AccountStatus.Invited) => P("已邀请", "Invited"),
        nameof(Contracts.Staff.AccountStatus.Active) => P("已启用", "Active"),
        nameof(Contracts.Staff.AccountStatus.Deactivated) => P("已停用", "Deactivated"),
        _ => status,
    };

    public string PersonTitle => P("人员信息", "Person");

    public string EditPerson => P("修改信息", "Edit details");

    public string PersonSaved => P("已保存。", "Saved.");

    public string ChangeRole => P("更改角色", "Change role");

    public string RoleChanged => P("角色已更改，对方需重新登录。", "Role changed; they sign in again to use it.");

    public string Deactivate => P("停用账号", "Deactivate");

    public string DeactivateConfirm => P(
        "停用后，此人立即无法登录，已登录的设备也会退出。确定停用吗？",
        "They will not be able to sign in, and every device they are signed in on is signed out at once. Deactivate?");

    public string Deactivated => P("账号已停用。", "The account is deactivated.");

    public string Reactivate => P("重新启用", "Reactivate");

    public string Reactivated => P("账号已重新启用。", "The account is active again.");

    public string ResendInvitation => P("重新发送邀请", "Send the invitation again");

    public string InvitationEmailed(string email) => P(
        $"邀请邮件已发送至 {email}。链接 7 天内有效，仅可使用一次。",
        $"The invitation was e-mailed to {email}. The link works once, for 7 days.");

    public string InvitationNotEmailed => P(
        "未配置邮件服务器，邀请没有通过邮件发送。请把下面的链接转交给本人（7 天内有效，仅可使用一次）：",
        "No mail server is configured, so nothing was e-mailed. Pass this link on to the person (it works once, for 7 days):");

    public string InvitationLink => P("邀请链接", "Invitation link");

    public string PersonCreated => P("已添加人员。", "The person was added.");

    public string OpenPerson => P("查看此人", "Open their page");

    public string JoinedAt => P("加入时间", "Joined");

    public string NotJoinedYet => P("尚未设置密码", "Has not set a password yet");

    // Invitation, reset, change.
    public string AcceptInvitationTitle => P("设置登录密码", "Set your password");

    public string AcceptInvitationIntro => P(
        "欢迎加入专科联盟平台。请为您的账号设置登录密码。",
        "Welcome to the Specialty Alliance. Choose the password for your account.");

    public string ResetPasswordTitle => P("重置密码", "Reset your password");

    public string ResetPasswordIntro => P("请设置新的登录密码。", "Choose a new password.");

    public string NewPassword => P("新密码", "New password");

    public string ConfirmPassword => P("再次输入新密码", "New password again");

    public string PasswordsDiffer => P("两次输入的密码不一致。", "The two passwords differ.");

    public string PasswordRules => P(
        "至少 10 个字符，包含小写字母、大写字母、数字、符号中的至少三类，且不能包含您的邮箱。",
        "At least 10 characters, three of: lower case, upper case, digits, symbols; not your e-mail address.");

    public string SetPassword => P("设置密码", "Set password");

    public string PasswordSet => P("密码已设置，请用新密码登录。", "Your password is set. Sign in with it.");

    public string ForgotPasswordLink => P("忘记密码？", "Forgot password?");

    public string ForgotPasswordTitle => P("找回密码", "Forgot your password");

    public string ForgotPasswordIntro => P(
        "输入您的邮箱，我们会把重置密码的链接发到这个邮箱（2 小时内有效）。",
        "Enter your e-mail address: we send a link to reset your password (valid for 2 hours).");

    public string SendResetLink => P("发送重置链接", "Send the link");

    public string ResetLinkSent => P(
        "如果这个邮箱属于平台上的账号，重置链接已经发出，请查收邮件。",
        "If this address belongs to an account, a reset link is on its way. Check your mail.");

    public string BackToSignIn => P("返回登录", "Back to sign in");

    public string ChangePasswordTitle => P("修改密码", "Change password");

    public string CurrentPassword => P("当前密码", "Current password");

    public string PasswordChanged => P("密码已修改。其他设备上的登录已退出。", "Password changed. You are signed out on other devices.");

    public string AccountProblem(string code) => code switch
    {
        "invalid_token" => P(
            "这个链接已失效：可能已经使用过、已过期或不完整。请联系本院医务科重新发送，或使用“忘记密码”。",
            "This link no longer works: it was used, has expired or is incomplete. Ask your coordinator to send it again, or use \"Forgot password?\"."),
        "email_taken" => P("这个邮箱已经有人使用。", "Someone already has this e-mail address."),
        "account_deactivated" => P("此账号已停用。如您仍在联盟工作，请联系本院医务科。", "This account is deactivated. Ask your coordinator if you still work in the alliance."),
        "already_joined" => P("此人已设置密码，可使用“忘记密码”。", "This person has already set a password; they can use \"Forgot password?\"."),
        "deactivated" => P("请先重新启用此人。", "Reactivate the person first."),
        "own_account" => P("不能对自己的账号执行此操作，请联系其他管理员。", "You cannot do this to your own account; ask another administrator."),
        _ => string.Empty,
    };

    private static readonly Dictionary<string, string> AccountFieldMessages = new(StringComparer.Ordinal)
    {
        ["Enter a password."] = "请输入密码。",
        ["Enter a new password."] = "请输入新密码。",
        ["Enter your current password."] = "请输入当前密码。",
        ["The current password is not correct."] = "当前密码不正确。",
        ["The password must be at least 10 characters long."] = "密码至少需要 10 个字符。",
        ["The password must mix at least three of: lower-case letters, upper-case letters, digits and symbols."] = "密码须包含小写字母、大写字母、数字、符号中的至少三类。",
        ["The password must not contain your e-mail address or its name part."] = "密码不能包含您的邮箱或邮箱用户名。",
        ["Enter the person's name."] = "请输入姓名。",
        ["Enter the person's e-mail address."] = "请输入邮箱。",
        ["Enter your e-mail address."] = "请输入邮箱。",
        ["Enter an e-mail address such as name@hospital.cn."] = "请输入有效的邮箱，例如 name@hospital.cn。",
        ["Choose the person's hospital."] = "请选择医院。",
        ["The phone number may contain digits, spaces, +, - and brackets only."] = "电话只能包含数字、空格、+、- 和括号。",
        ["Only specialists have specialties of their own."] = "只有市级专家可以设置专长专科。",
        ["Specialties must be codes of the catalogue (GET /api/specialties)."] = "请从列表中选择专科。",
        ["A department head needs a department."] = "科室主任须属于某个科室。",
        ["The department must be one of the person's hospital."] = "科室须属于此人所在的医院。",
        ["The invitation link is incomplete: open the link from the e-mail again."] = "邀请链接不完整，请重新打开邮件中的链接。",
        ["The reset link is incomplete: open the link from the e-mail again."] = "重置链接不完整，请重新打开邮件中的链接。",
    };
}
