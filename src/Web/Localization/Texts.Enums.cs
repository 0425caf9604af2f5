namespace SpecialtyAlliance.Web.Localization;

/// <summary>The words for the API's enum values (roles, tiers, kinds, statuses, reminder subjects); an unknown value shows as sent.</summary>
public sealed partial class Texts
{
    /// <summary>A role as a staff record or an import row spells it on the wire (a name of <see cref="Contracts.Staff.StaffRole"/>).</summary>
    public string Role(string role) => System.Enum.TryParse<Contracts.Staff.StaffRole>(role, out var known) ? Role(known) : role;

    public string Role(Contracts.Staff.StaffRole role) => role switch
    {
        Contracts.Staff.StaffRole.Administrator => P("联盟管理员", "Administrator"),
        Contracts.Staff.StaffRole.Coordinator => P("协调员（医务科）", "Coordinator"),
        Contracts.Staff.StaffRole.Specialist => P("市级专家", "Specialist"),
        Contracts.Staff.StaffRole.Clinician => P("县级医生", "Clinician"),
        _ => role.ToString(),
    };

    /// <summary>A tier as an import row spells it on the wire (a name of <see cref="Contracts.Alliances.HospitalTier"/>).</summary>
    public string Tier(string tier) => System.Enum.TryParse<Contracts.Alliances.HospitalTier>(tier, out var known) ? Tier(known) : tier;

    public string Tier(Contracts.Alliances.HospitalTier tier) => tier switch
    {
        Contracts.Alliances.HospitalTier.CityCenter => P("市级中心医院", "City center"),
        Contracts.Alliances.HospitalTier.County => P("县级医院", "County"),
        Contracts.Alliances.HospitalTier.Township => P("乡镇卫生院", "Township"),
        Contracts.Alliances.HospitalTier.Village => P("村卫生室", "Village"),
        _ => tier.ToString(),
    };

    public static IReadOnlyList<Contracts.Alliances.HospitalTier> Tiers { get; } = [Contracts.Alliances.HospitalTier.CityCenter, Contracts.Alliances.HospitalTier.County, Contracts.Alliances.HospitalTier.Township, Contracts.Alliances.HospitalTier.Village];

    public string Kind(Contracts.Alliances.HospitalKind kind) => kind switch
    {
        Contracts.Alliances.HospitalKind.General => P("综合医院", "General"),
        Contracts.Alliances.HospitalKind.TraditionalChinese => P("中医医院", "Traditional Chinese medicine"),
        Contracts.Alliances.HospitalKind.Private => P("民营医院", "Private"),
        _ => kind.ToString(),
    };

    public static IReadOnlyList<Contracts.Alliances.HospitalKind> Kinds { get; } = [Contracts.Alliances.HospitalKind.General, Contracts.Alliances.HospitalKind.TraditionalChinese, Contracts.Alliances.HospitalKind.Private];

    public string PairingStatus(Contracts.Alliances.PairingStatus status) => status switch
    {
        Contracts.Alliances.PairingStatus.Proposed => P("拟结对", "Proposed"),
        Contracts.Alliances.PairingStatus.Active => P("运行中", "Active"),
        Contracts.Alliances.PairingStatus.Suspended => P("已暂停", "Suspended"),
        Contracts.Alliances.PairingStatus.Ended => P("已终止", "Ended"),
        _ => status.ToString(),
    };

    public static IReadOnlyList<Contracts.Alliances.PairingStatus> PairingStatuses { get; } = [Contracts.Alliances.PairingStatus.Proposed, Contracts.Alliances.PairingStatus.Active, Contracts.Alliances.PairingStatus.Suspended, Contracts.Alliances.PairingStatus.Ended];

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
