using SpecialtyAlliance.Contracts.Imports;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Common.Imports;

/// <summary>Counting a planned import's rows, and refusing an import whose rows have problems.</summary>
public static class ImportPreview
{
    public static ImportPreviewResponse Of(ImportFormat format, IReadOnlyList<ImportRowResponse> rows) =>
        new(
            format.ToString(),
            rows.Count,
            rows.Count(r => r.Action == ImportActions.Create),
            rows.Count(r => r.Action == ImportActions.Skip),
            rows.Count(r => r.Action == ImportActions.Invalid),
            rows);

    /// <summary>
    /// The 400 of an import refused whole: <c>errors</c> keyed by row ("row 5": "邮箱: …") for any client, and the
    /// extension member <c>rows</c> with each refused row and its problems (as a preview lists them).
    /// </summary>
    public static Error Refused(IReadOnlyList<ImportRowResponse> rows)
    {
        var invalid = rows.Where(r => r.Action == ImportActions.Invalid).ToList();
        var errors = invalid.ToDictionary(
            r => $"row {r.Row}",
            r => r.Problems.Select(p => $"{p.Column}: {p.Message}").ToArray());
        return new Error(
            ErrorKind.Validation,
            "import_rows_invalid",
            $"{invalid.Count} of {rows.Count} rows have problems (rows {string.Join(", ", invalid.Take(20).Select(r => r.Row))}{(invalid.Count > 20 ? ", …" : string.Empty)}); nothing was imported. Fix them and import the file again.")
        {
            FieldErrors = errors,
            Details = new Dictionary<string, object> { ["rows"] = invalid },
        };
    }
}
