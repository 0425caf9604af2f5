namespace SpecialtyAlliance.Domain.Common;

/// <summary>A clinical specialty from the alliance's fixed catalogue, identified by a stable code.</summary>
public sealed record Specialty(string Code, string NameZh, string NameEn)
{
    public const int CodeMaxLength = 32;

    public static readonly Specialty Cardiology = new("cardiology", "心血管内科", "Cardiology");
    public static readonly Specialty CriticalCare = new("critical-care", "重症医学科", "Critical care");
    public static readonly Specialty Neurology = new("neurology", "神经内科", "Neurology");
    public static readonly Specialty Stroke = new("stroke", "卒中中心", "Stroke center");
    public static readonly Specialty Gastroenterology = new("gastroenterology", "消化内科", "Gastroenterology");
    public static readonly Specialty Orthopedics = new("orthopedics", "骨科", "Orthopedics");
    public static readonly Specialty Endocrinology = new("endocrinology", "内分泌科", "Endocrinology");
    public static readonly Specialty Ultrasound = new("ultrasound", "超声医学科", "Ultrasound medicine");
    public static readonly Specialty GeneralSurgery = new("general-surgery", "普通外科", "General surgery");
    public static readonly Specialty Nursing = new("nursing", "护理", "Nursing");
    public static readonly Specialty Neurosurgery = new("neurosurgery", "神经外科", "Neurosurgery");
    public static readonly Specialty Respiratory = new("respiratory", "呼吸与危重症医学科", "Respiratory medicine");
    public static readonly Specialty Obstetrics = new("obstetrics", "妇产科", "Obstetrics and gynecology");
    public static readonly Specialty Pediatrics = new("pediatrics", "儿科", "Pediatrics");

    public static IReadOnlyList<Specialty> All { get; } =
    [
        Cardiology, CriticalCare, Neurology, Stroke, Gastroenterology, Orthopedics, Endocrinology,
        Ultrasound, GeneralSurgery, Nursing, Neurosurgery, Respiratory, Obstetrics, Pediatrics,
    ];

    private static readonly Dictionary<string, Specialty> ByCode =
        All.ToDictionary(s => s.Code, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Specialty? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var s) ? s : null;
}
