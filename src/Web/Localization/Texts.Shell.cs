namespace SpecialtyAlliance.Web.Localization;

/// <summary>The shell: app bar, navigation, sign-in, language, live connection, notifications, home pages.</summary>
public sealed partial class Texts
{
    public string AppName => P("专科联盟", "Specialty Alliance");

    public string AppTagline => P("市县医院党建+专科联盟协作平台", "City–county party-building and specialty alliance");

    public string PageTitle(string page) => $"{page} · {AppName}";

    public string SkipToContent => P("跳到主要内容", "Skip to main content");

    public string OpenNavigation => P("打开导航", "Open navigation");

    public string MainNavigation => P("主导航", "Main navigation");

    public string LanguageLabel => P("语言", "Language");

    public string SwitchLanguage => P("Switch to English", "切换到中文");

    public string OtherLanguageShort => P("EN", "中文");

    public string NavHome => P("首页", "Home");

    public string NavHospitals => P("联盟医院", "Hospitals");

    public string NavPairings => P("结对关系", "Pairings");

    public string NavMyHospital => P("本院组织", "My hospital");

    public string NavJobs => P("后台任务", "Background jobs");

    public string PageNotFound => P("页面不存在", "Page not found");

    public string PageNotFoundHint => P("地址可能有误，或该页面尚未开放。", "The address may be wrong, or the page is not available yet.");

    public string BackHome => P("返回首页", "Back to home");

    public string Loading => P("正在加载…", "Loading…");

    public string Reload => P("重新加载", "Reload");

    public string Cancel => P("取消", "Cancel");

    public string Save => P("保存", "Save");

    public string Saving => P("正在保存…", "Saving…");

    public string Back => P("返回", "Back");

    public string Edit => P("编辑", "Edit");

    public string Required => P("此项必填。", "This field is required.");

    public string NotAllowedHere => P("您的角色不能使用这个页面。", "Your role cannot use this page.");

    public string Optional => P("（选填）", "(optional)");

    public string None => P("无", "None");

    public string All => P("全部", "All");

    public string Total(int count) => P($"共 {count} 条", $"{count} in all");

    public string PageOf(int page, int pages) => P($"第 {page} / {pages} 页", $"Page {page} of {pages}");

    // Sign-in and session.
    public string SignIn => P("登录", "Sign in");

    public string SigningIn => P("正在登录…", "Signing in…");

    public string SignOut => P("退出登录", "Sign out");

    public string Email => P("邮箱", "Email");

    public string Password => P("密码", "Password");

    public string SessionExpired => P("登录已过期，请重新登录；登录后将回到刚才的页面。", "Your session has expired. Sign in again to return to the page you were on.");

    public string SignedInAs => P("当前用户", "Signed in as");

    public string UserMenu => P("账户菜单", "Account menu");

    // Live connection.
    public string LiveConnected => P("实时连接正常", "Live updates connected");

    public string LiveConnecting => P("正在建立实时连接…", "Connecting live updates…");

    public string LiveReconnecting => P("实时连接中断，正在重连…", "Live updates interrupted, reconnecting…");

    public string LiveDisconnected => P("实时连接已断开，页面不会自动更新", "Live updates disconnected: pages will not update by themselves");

    // Notifications.
    public string Notifications => P("通知", "Notifications");

    public string NotificationsUnread(int count) => P($"通知，{count} 条未读", $"Notifications, {count} unread");

    public string NoNotifications => P("暂无通知", "No notifications");

    public string MarkRead => P("标为已读", "Mark read");

    public string MarkAllRead => P("全部标为已读", "Mark all read");

    public string Unread => P("未读", "Unread");

    public string NewNotification(string title) => P($"新通知：{title}", $"New notification: {title}");

    public string Open => P("查看", "Open");

    // Home.
    public string Greeting(string name, DateTimeOffset now)
    {
        var hour = ToShanghai(now).Hour;
        return hour switch
        {
            < 5 => P($"夜深了，{name}", $"Working late, {name}"),
            < 12 => P($"早上好，{name}", $"Good morning, {name}"),
            < 18 => P($"下午好，{name}", $"Good afternoon, {name}"),
            _ => P($"晚上好，{name}", $"Good evening, {name}"),
        };
    }

    public string HomeIntro(Contracts.Staff.StaffRole role) => role switch
    {
        Contracts.Staff.StaffRole.Administrator => P("今天先看看联盟的结对关系和待处理事项。", "Start with the alliance's pairings and what is waiting for you."),
        Contracts.Staff.StaffRole.Coordinator => P("今天先看看本院的科室、党支部和结对关系。", "Start with your hospital's departments, party branches and pairings."),
        Contracts.Staff.StaffRole.Specialist => P("今天先看看提醒和本科室的结对医院。", "Start with your reminders and the hospitals your department is paired with."),
        Contracts.Staff.StaffRole.Clinician => P("今天先看看提醒，以及本院可以向哪些专科申请会诊。", "Start with your reminders and the specialties your hospital can consult."),
        _ => string.Empty,
    };

    public string YourHospital => P("所在医院", "Your hospital");

    public string YourDepartment => P("所在科室", "Your department");

    public string UnreadNotifications => P("未读通知", "Unread notifications");

    public string AllCaughtUp => P("没有未读通知。", "Nothing unread.");

    public string PendingReminders => P("待办提醒", "Pending reminders");

    public string NoReminders => P("没有待办提醒。", "No pending reminders.");

    public string DueAt(string when) => P($"到期：{when}", $"Due {when}");

    public string QuickLinks => P("快捷入口", "Quick links");

    public string QuickProposePairing => P("发起结对", "Propose a pairing");

    public string QuickAddHospital => P("新增医院", "Add a hospital");

    public string QuickManageMyHospital => P("管理本院科室与党支部", "Manage my hospital's departments and branches");

    public string QuickMyPairings => P("本院的结对关系", "My hospital's pairings");

    public string QuickActivePairings => P("运行中的结对", "Active pairings");

    public string QuickMyHospital => P("本院信息", "My hospital");
}
