namespace SpecialtyAlliance.Web.Localization;

/// <summary>The words for the API's enum values (roles, tiers, kinds, statuses, reminder subjects); an unknown value shows as sent.</summary>
public sealed partial class Texts
{
    public string Role(string role) => role switch
    {
        "Administrator" => P("联盟管理员", "Administrator"),
        "Coordinator" => P("协调员（医务科）", "Coordinator"),
        "Specialist" => P("市级专家", "Specialist"),
        "Clinician" => P("县级医生", "Clinician"),
        _ => role,
    };

    public string Tier(string tier) => tier switch
    {
        "CityCenter" => P("市级中心医院", "City center"),
        "County" => P("县级医院", "County"),
        "Township" => P("乡镇卫生院", "Township"),
        "Village" => P("村卫生室", "Village"),
        _ => tier,
    };

    public static IReadOnlyList<string> Tiers { get; } = ["CityCenter", "County", "Township", "Village"];

    public string Kind(string kind) => kind switch
    {
        "General" => P("综合医院", "General"),
        "TraditionalChinese" => P("中医医院", "Traditional Chinese medicine"),
        "Private" => P("民营医院", "Private"),
        _ => kind,
    };

    public static IReadOnlyList<string> Kinds { get; } = ["General", "TraditionalChinese", "Private"];

    public string PairingStatus(string status) => status switch
    {
        "Proposed" => P("拟结对", "Proposed"),
        "Active" => P("运行中", "Active"),
        "Suspended" => P("已暂停", "Suspended"),
        "Ended" => P("已终止", "Ended"),
        _ => status,
    };

    public static IReadOnlyList<string> PairingStatuses { get; } = ["Proposed", "Active", "Suspended", "Ended"];

    public string SubjectType(string subjectType) => subjectType switch
    {
        "Consultation" => P("远程会诊", "Consultation"),
        "Rotation" => P("对口帮扶", "Rotation"),
        "TechnologyGap" => P("技术空白", "Technology gap"),
        "Pairing" => P("结对关系", "Pairing"),
        _ => subjectType,
    };

    public string ReminderKind(string kind) => kind switch
    {
        "consultation-follow-up" => P("会诊随访", "Consultation follow-up"),
        "consultation-overdue" => P("会诊超时", "Consultation overdue"),
        "consultation-starting" => P("会诊即将开始", "Consultation starting soon"),
        "rotation-ending" => P("帮扶即将结束", "Rotation ending"),
        "technology-gap-target" => P("技术空白目标日期", "Technology gap target date"),
        _ => kind.Replace('-', ' '),
    };

    /// <summary>A specialty's name in this language, from the catalogue's two names.</summary>
    public string Specialty(string nameZh, string nameEn) => P(nameZh, nameEn);

    /// <summary>A hospital's name in this language (hospitals carry both).</summary>
    public string HospitalName(string name, string nameEn) => Language == Language.En && nameEn.Length > 0 ? nameEn : name;

    /// <summary>
    /// A department's name: departments are named in Chinese; in English the specialty's English name stands
    /// in when the department is named after it, else the Chinese name is followed by the specialty.
    /// </summary>
    public string DepartmentName(string name, string specialtyZh, string specialtyEn)
    {
        if (Language == Language.Zh)
        {
            return name;
        }

        return name == specialtyZh ? specialtyEn : $"{name} ({specialtyEn})";
    }
}
