using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Common.Imports;

/// <summary>
/// The words an import file may use for the platform's codes, in Chinese or English (case does not matter): roles,
/// yes/no, hospital tiers and kinds, specialties (code, Chinese or English name). The templates' explanation sheets
/// list the Chinese words first.
/// </summary>
public static class ImportValues
{
    public static readonly IReadOnlyList<(StaffRole Role, string[] Words)> Roles =
    [
        (StaffRole.Administrator, ["管理员", "联盟管理员", "Administrator", "Admin"]),
        (StaffRole.Coordinator, ["协调员", "Coordinator"]),
        (StaffRole.Specialist, ["专家", "Specialist"]),
        (StaffRole.Clinician, ["医生", "Clinician", "Doctor"]),
    ];

    public static readonly IReadOnlyList<(HospitalTier Tier, string[] Words)> Tiers =
    [
        (HospitalTier.CityCenter, ["市中心医院", "三级", "CityCenter", "City center"]),
        (HospitalTier.County, ["县医院", "二级", "County"]),
        (HospitalTier.Township, ["乡镇卫生院", "Township"]),
        (HospitalTier.Village, ["村卫生室", "Village"]),
    ];

    public static readonly IReadOnlyList<(HospitalKind Kind, string[] Words)> Kinds =
    [
        (HospitalKind.General, ["综合医院", "综合", "General"]),
        (HospitalKind.TraditionalChinese, ["中医院", "中医", "TraditionalChinese", "Traditional Chinese"]),
        (HospitalKind.Private, ["民营医院", "民营", "Private"]),
    ];

    private static readonly string[] Yes = ["是", "Y", "Yes", "True", "1", "√"];
    private static readonly string[] No = ["否", "N", "No", "False", "0"];

    public static StaffRole? Role(string? text) => Find(Roles, text);

    public static HospitalTier? Tier(string? text) => Find(Tiers, text);

    public static HospitalKind? Kind(string? text) => Find(Kinds, text);

    /// <summary>Yes or no; empty is no; anything else is null (a problem to report).</summary>
    public static bool? YesNo(string? text) =>
        text is null || No.Contains(text, StringComparer.OrdinalIgnoreCase) ? false
        : Yes.Contains(text, StringComparer.OrdinalIgnoreCase) ? true
        : null;

    public static Specialty? Specialty(string? text) =>
        text is null
            ? null
            : Domain.Common.Specialty.All.FirstOrDefault(s =>
                string.Equals(s.Code, text, StringComparison.OrdinalIgnoreCase)
                || s.NameZh == text
                || string.Equals(s.NameEn, text, StringComparison.OrdinalIgnoreCase));

    /// <summary>A list written in one cell: separated by 、 , ， ; ； / or a line break.</summary>
    public static IReadOnlyList<string> List(string? text) =>
        text is null ? [] : text.Split(['、', ',', '，', ';', '；', '/', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Words<T>(IReadOnlyList<(T Value, string[] Words)> table) =>
        string.Join("; ", table.Select(t => string.Join(" / ", t.Words.Take(2))));

    private static T? Find<T>(IReadOnlyList<(T Value, string[] Words)> table, string? text)
        where T : struct
    {
        if (text is null)
        {
            return null;
        }

        foreach (var (value, words) in table)
        {
            if (words.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
