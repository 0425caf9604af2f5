using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Imports;
using SpecialtyAlliance.Contracts.Imports;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Alliances;

/// <summary>A hospital the import creates, or finds by name (then only its missing departments are added).</summary>
internal sealed record PlannedHospital(string Name, string NameEn, HospitalTier Tier, HospitalKind Kind, string Region, Guid? ExistingId);

/// <summary>One valid row of a hospital import: its hospital and, when the row names one, the department to add.</summary>
internal sealed record PlannedHospitalRow(int Row, PlannedHospital Hospital, string? Department, string? Specialty, bool Creates);

/// <summary>
/// The rules of the hospital import, shared by its preview and the import itself. One row per department, the
/// hospital's columns repeated (a row without a department adds only the hospital). The hospital's name is the key: a
/// hospital already there is not changed and gets only the departments it lacks; a department is keyed by its name
/// within the hospital. A new hospital needs its English name, tier, kind and region (on its first row; later rows of
/// the same hospital may leave them empty but may not contradict them).
/// </summary>
internal static class HospitalImportPlan
{
    public static readonly ImportColumn Hospital = new(
        "hospital", "医院名称", "Hospital", true, "医院的中文全称；已存在的医院按名称识别，不会被修改，只补充缺少的科室。", "医院", "hospital name", "name");

    public static readonly ImportColumn NameEn = new(
        "nameEn", "英文名称", "English name", false, "新医院必填。", "english name", "name (en)", "name en");

    public static readonly ImportColumn Tier = new(
        "tier", "级别", "Tier", false, "新医院必填：" + ImportValues.Words(ImportValues.Tiers) + "。", "医院级别");

    public static readonly ImportColumn Kind = new(
        "kind", "类型", "Kind", false, "新医院必填：" + ImportValues.Words(ImportValues.Kinds) + "。", "医院类型");

    public static readonly ImportColumn Region = new(
        "region", "地区", "Region", false, "新医院必填，如：岚皋县。", "区县", "所在地区");

    public static readonly ImportColumn Department = new(
        "department", "科室", "Department", false, "科室名称，每行一个科室；同一医院的多个科室写多行，医院各列重复填写。", "科室名称", "department name");

    public static readonly ImportColumn Specialty = new(
        "specialty", "专科", "Specialty", false, "填写科室时必填：专科代码或名称，如 心血管内科 / cardiology。", "专科代码");

    public static readonly ImportLayout Layout = new(Hospital, NameEn, Tier, Kind, Region, Department, Specialty);

    public static async Task<Result<(IReadOnlyList<ImportRowResponse> Rows, IReadOnlyList<PlannedHospitalRow> Plan)>> PlanAsync(
        IAllianceDbContext db, ImportSheet sheet, CancellationToken cancellationToken)
    {
        var bound = Layout.Bind(sheet);
        if (!bound.IsSuccess)
        {
            return bound.Error!;
        }

        var names = bound.Value.Select(r => r[Hospital]).OfType<string>().Distinct().ToList();
        var existing = await db.Hospitals.AsNoTracking()
            .Where(h => names.Contains(h.Name))
            .ToDictionaryAsync(h => h.Name, cancellationToken);
        var existingIds = existing.Values.Select(h => h.Id).ToList();
        var departments = (await db.Departments.AsNoTracking()
                .Where(d => existingIds.Contains(d.HospitalId))
                .Select(d => new { d.HospitalId, d.Name })
                .ToListAsync(cancellationToken))
            .Select(d => (d.HospitalId, d.Name))
            .ToHashSet();

        var hospitals = new Dictionary<string, (PlannedHospital Hospital, int Row)>(StringComparer.Ordinal);
        var seen = new Dictionary<(string, string), int>();
        var responses = new List<ImportRowResponse>();
        var plan = new List<PlannedHospitalRow>();
        foreach (var row in bound.Value)
        {
            var name = row.Limited(Hospital, row.Required(Hospital, "The hospital's name"), Domain.Alliances.Hospital.NameMaxLength);
            var nameEn = row.Limited(NameEn, row[NameEn], Domain.Alliances.Hospital.NameMaxLength);
            var region = row.Limited(Region, row[Region], Domain.Alliances.Hospital.RegionMaxLength);
            var tier = ImportValues.Tier(row[Tier]);
            if (row[Tier] is not null && tier is null)
            {
                row.Problem(Tier, "unknown_value", $"'{row[Tier]}' is not a tier. Use one of: {ImportValues.Words(ImportValues.Tiers)}.");
            }

            var kind = ImportValues.Kind(row[Kind]);
            if (row[Kind] is not null && kind is null)
            {
                row.Problem(Kind, "unknown_value", $"'{row[Kind]}' is not a kind of hospital. Use one of: {ImportValues.Words(ImportValues.Kinds)}.");
            }

            var department = row.Limited(Department, row[Department], Domain.Alliances.Department.NameMaxLength);
            var specialty = ImportValues.Specialty(row[Specialty]);
            if (row[Specialty] is not null && specialty is null)
            {
                row.Problem(Specialty, "unknown_value", $"'{row[Specialty]}' is not a specialty of the catalogue (a code such as cardiology, or its name such as 心血管内科).");
            }
            else if (department is not null && row[Specialty] is null)
            {
                row.Problem(Specialty, "required", "A department's specialty is required.");
            }

            PlannedHospital? hospital = null;
            if (name is not null && existing.TryGetValue(name, out var found))
            {
                hospital = new PlannedHospital(found.Name, found.NameEn, found.Tier, found.Kind, found.Region, found.Id);
            }
            else if (name is not null && hospitals.TryGetValue(name, out var first))
            {
                hospital = first.Hospital;
                Agree(row, NameEn, nameEn, hospital.NameEn, first.Row);
                Agree(row, Region, region, hospital.Region, first.Row);
                Agree(row, Tier, tier?.ToString(), hospital.Tier.ToString(), first.Row);
                Agree(row, Kind, kind?.ToString(), hospital.Kind.ToString(), first.Row);
            }
            else if (name is not null)
            {
                foreach (var (column, what) in new[] { (NameEn, "English name"), (Tier, "tier"), (Kind, "kind"), (Region, "region") })
                {
                    if (row[column] is null)
                    {
                        row.Problem(column, "required", $"A new hospital's {what} is required.");
                    }
                }

                if (row.IsValid)
                {
                    hospital = new PlannedHospital(name, nameEn!, tier!.Value, kind!.Value, region!, null);
                    hospitals[name] = (hospital, row.Number);
                }
            }

            if (name is not null && department is not null)
            {
                if (seen.TryGetValue((name, department), out var earlier))
                {
                    row.Problem(Department, "duplicate_in_file", $"Row {earlier} already has the department '{department}' of this hospital.");
                }
                else
                {
                    seen[(name, department)] = row.Number;
                }
            }

            var creates = hospital is not null
                && (hospital.ExistingId is null || (department is not null && !departments.Contains((hospital.ExistingId.Value, department))));
            var values = new Dictionary<string, string?>
            {
                [Hospital.Field] = name,
                [NameEn.Field] = hospital?.NameEn ?? nameEn,
                [Tier.Field] = (hospital?.Tier ?? tier)?.ToString(),
                [Kind.Field] = (hospital?.Kind ?? kind)?.ToString(),
                [Region.Field] = hospital?.Region ?? region,
                [Department.Field] = department,
                [Specialty.Field] = specialty?.Code,
                ["hospitalExists"] = hospital?.ExistingId is not null ? "true" : "false",
            };
            responses.Add(row.ToResponse(creates ? ImportActions.Create : ImportActions.Skip, values));
            if (row.IsValid && hospital is not null)
            {
                plan.Add(new PlannedHospitalRow(row.Number, hospital, department, specialty?.Code, creates));
            }
        }

        return (responses, plan);
    }

    private static void Agree(ImportRow row, ImportColumn column, string? value, string expected, int firstRow)
    {
        if (value is not null && !string.Equals(value, expected, StringComparison.Ordinal))
        {
            row.Problem(column, "conflicting_values", $"Row {firstRow} gives this hospital's {column.HeaderEn.ToLowerInvariant()} as '{expected}'.");
        }
    }
}
