using System.Globalization;

namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>The account e-mails, in Chinese (the alliance's language), each with its one working link.</summary>
internal static class AccountMails
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static (string Subject, string Body) Invitation(string name, string hospital, string link, DateTimeOffset expiresAt) =>
        ("邀请您加入专科联盟平台",
            $"""
            {name}，您好：

            {hospital}已为您开通专科联盟平台账号。请打开下面的链接设置登录密码：

            {link}

            链接仅可使用一次，有效期至 {Local(expiresAt)}（北京时间）。过期后请联系本院医务科重新发送邀请。
            如果您并未在联盟中工作，请忽略本邮件。

            专科联盟平台
            """);

    public static (string Subject, string Body) PasswordReset(string name, string link, DateTimeOffset expiresAt) =>
        ("重置专科联盟平台登录密码",
            $"""
            {name}，您好：

            我们收到了重置您专科联盟平台登录密码的请求。请打开下面的链接设置新密码：

            {link}

            链接仅可使用一次，有效期至 {Local(expiresAt)}（北京时间）。
            如果这不是您本人的操作，请忽略本邮件，您的密码不会改变。

            专科联盟平台
            """);

    private static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, China).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
}
