namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>
/// The SMTP server invitations and password resets go out through (section <c>Alliance:Email</c>). Without a
/// <see cref="Host"/> nothing is e-mailed: the invitation link is shown to the administrator to pass on.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Alliance:Email";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>The sender, such as <c>联盟办公室 &lt;alliance@hospital.cn&gt;</c>; required with a host.</summary>
    public string? From { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>Where the links in e-mails point (section <c>Alliance</c>, key <c>PublicUrl</c>); without it, the address the request came to.</summary>
public sealed class AccountLinkOptions
{
    public string? PublicUrl { get; set; }
}

/// <summary>
/// The first administrator of an empty database (section <c>Alliance:Bootstrap</c>). Used once: when any account
/// exists, nothing happens. Their hospital is the city center hospital, created with these names when the database
/// has no hospital yet (an administrator renames it later).
/// </summary>
public sealed class BootstrapOptions
{
    public const string Section = "Alliance:Bootstrap";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public string AdminName { get; set; } = "联盟管理员";

    public string HospitalName { get; set; } = "市中心医院";

    public string HospitalNameEn { get; set; } = "City Center Hospital";

    public string Region { get; set; } = "未填写";
}
