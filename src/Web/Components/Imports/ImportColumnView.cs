namespace SpecialtyAlliance.Web.Components.Imports;

/// <summary>A value the preview table shows for each row: the field the API names it by, its heading, how to show it.</summary>
public sealed record ImportColumnView(string Field, Func<Localization.Texts, string> Label, Func<Localization.Texts, string?, string?>? Format = null)
{
    public string? Show(Localization.Texts texts, string? value) => value is null || Format is null ? value : Format(texts, value);

    /// <summary>What the staff preview shows of each person.</summary>
    public static IReadOnlyList<ImportColumnView> Staff { get; } =
    [
        new("fullName", t => t.ImportPersonName),
        new("email", t => t.ImportEmailLabel),
        new("hospital", t => t.ImportHospitalLabel),
        new("department", t => t.ImportDepartmentLabel),
        new("role", t => t.ImportRoleLabel, (t, v) => t.Role(v!)),
    ];

    /// <summary>What the hospital preview shows of each row.</summary>
    public static IReadOnlyList<ImportColumnView> Hospitals { get; } =
    [
        new("hospital", t => t.ImportHospitalLabel),
        new("tier", t => t.TierLabel, (t, v) => t.Tier(v!)),
        new("region", t => t.Region),
        new("department", t => t.ImportDepartmentLabel),
        new("specialty", t => t.SpecialtyLabel),
    ];
}
