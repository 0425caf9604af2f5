using System.Text;
using SpecialtyAlliance.Contracts.Imports;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Common.Imports;

/// <summary>
/// A column an import reads: its stable field name, the Chinese header the template writes, and the other headers
/// accepted for it (English ones, common variants). Headers match ignoring case, spaces, "*", "-", "_" and a note in
/// brackets, so "邮箱（必填）", "E-mail" and "email" all name the e-mail column.
/// </summary>
public sealed record ImportColumn(string Field, string Header, string HeaderEn, bool Required, string Explanation, params string[] Aliases)
{
    public IEnumerable<string> Names => [Header, HeaderEn, Field, .. Aliases];
}

/// <summary>One data row bound to the columns: a value by column, and the problems found in it.</summary>
public sealed class ImportRow(int number, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string> headers)
{
    private readonly List<ImportProblemResponse> _problems = [];

    public int Number => number;

    public IReadOnlyList<ImportProblemResponse> Problems => _problems;

    public bool IsValid => _problems.Count == 0;

    public string? this[ImportColumn column] => values.GetValueOrDefault(column.Field);

    public void Problem(ImportColumn column, string code, string message) =>
        _problems.Add(new ImportProblemResponse(number, headers.GetValueOrDefault(column.Field, column.Header), column.Field, code, message));

    /// <summary>The value, or a <c>required</c> problem when it is empty.</summary>
    public string? Required(ImportColumn column, string what)
    {
        var value = this[column];
        if (value is null)
        {
            Problem(column, "required", $"{what} is required.");
        }

        return value;
    }

    /// <summary>The value, or a <c>too_long</c> problem (and null) when it is longer than <paramref name="maxLength"/>.</summary>
    public string? Limited(ImportColumn column, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Problem(column, "too_long", $"At most {maxLength} characters (this has {value.Length}).");
            return null;
        }

        return value;
    }

    public ImportRowResponse ToResponse(string action, IReadOnlyDictionary<string, string?> understood) =>
        new(number, IsValid ? action : ImportActions.Invalid, understood, _problems);
}

/// <summary>The columns of one kind of import, and how a sheet's header row is matched to them.</summary>
public sealed class ImportLayout(params ImportColumn[] columns)
{
    public IReadOnlyList<ImportColumn> Columns => columns;

    /// <summary>The sheet's rows bound to the columns; a file whose header lacks a required column is refused whole.</summary>
    public Result<IReadOnlyList<ImportRow>> Bind(ImportSheet sheet)
    {
        var byName = new Dictionary<string, ImportColumn>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            foreach (var name in column.Names)
            {
                byName.TryAdd(Normalize(name), column);
            }
        }

        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        for (var i = 0; i < sheet.Header.Cells.Count; i++)
        {
            if (sheet.Header.Cells[i] is not { } header || !byName.TryGetValue(Normalize(header), out var column))
            {
                continue;
            }

            if (!positions.TryAdd(column.Field, i))
            {
                errors.Add($"Two columns are headed '{headers[column.Field]}' and '{header}': keep one.");
                continue;
            }

            headers[column.Field] = header;
        }

        var missing = columns.Where(c => c.Required && !positions.ContainsKey(c.Field)).ToList();
        if (missing.Count > 0)
        {
            errors.Add($"The header row (row {sheet.Header.Number}) has no column "
                + string.Join(", ", missing.Select(c => $"'{c.Header}' ({c.HeaderEn})"))
                + ". Start from the template: its first row names every column.");
        }

        if (errors.Count > 0)
        {
            return Error.Validation(new Dictionary<string, string[]> { ["file"] = [.. errors] });
        }

        return sheet.Rows
            .Select(r => new ImportRow(
                r.Number,
                positions.ToDictionary(p => p.Key, p => p.Value < r.Cells.Count ? r.Cells[p.Value] : null),
                headers))
            .ToList();
    }

    private static string Normalize(string header)
    {
        var end = header.IndexOfAny(['(', '（']);
        var text = new StringBuilder();
        foreach (var c in end > 0 ? header[..end] : header)
        {
            if (!char.IsWhiteSpace(c) && c is not ('*' or '-' or '_' or '＊'))
            {
                text.Append(char.ToLowerInvariant(c));
            }
        }

        return text.ToString();
    }
}
