using System.Globalization;
using System.Text;
using MiniExcelLibs;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Common.Imports;

public enum ImportFormat
{
    Xlsx,
    Csv,
}

/// <summary>One non-empty row of a sheet: its number as the spreadsheet shows it (1-based) and its cells, left to right.</summary>
public sealed record ImportSheetRow(int Number, IReadOnlyList<string?> Cells);

/// <summary>A sheet as read: its header row (the first non-empty row) and the non-empty rows below it.</summary>
public sealed record ImportSheet(ImportFormat Format, ImportSheetRow Header, IReadOnlyList<ImportSheetRow> Rows);

/// <summary>
/// Reads an uploaded import file. The kind is told by the content, never by the name or the declared type: a zip
/// (PK\x03\x04) is read as an .xlsx workbook (its first sheet), anything else must be UTF-8 text (with or without a
/// byte-order mark, as Excel's "CSV UTF-8" writes it) and is read as CSV (comma, or semicolon or tab when the header
/// uses those). Limits: <see cref="MaxBytes"/> (413 <c>file_too_large</c>), <see cref="MaxRows"/> data rows
/// (413 <c>too_many_rows</c>), <see cref="MaxColumns"/> columns read; a file of another kind is 415
/// <c>unsupported_file</c>. Cells are trimmed; empty cells are null; empty rows are left out (but counted in the
/// row numbers, so a problem names the row the user sees).
/// </summary>
public static class ImportFile
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 2000;
    public const int MaxColumns = 50;

    /// <summary>Rows read at most, empty ones included: a sheet that claims a cell in row 1,048,576 is not walked to it.</summary>
    public const int MaxPhysicalRows = 10 * MaxRows;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Result<ImportSheet> Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return Error.Validation("file", "The file is empty.");
        }

        if (content.Length > MaxBytes)
        {
            return Error.TooLarge("file_too_large", $"The file is larger than {MaxBytes / (1024 * 1024)} MB.");
        }

        if (content is [0x50, 0x4B, 0x03, 0x04, ..])
        {
            return ReadWorkbook(content);
        }

        if (content is [0xD0, 0xCF, 0x11, 0xE0, ..])
        {
            return Error.UnsupportedContent("unsupported_file", "This is an old Excel 97-2003 (.xls) workbook: save it as .xlsx (Excel Workbook) or CSV UTF-8 and upload that.");
        }

        return ReadCsv(content);
    }

    private static Result<ImportSheet> ReadWorkbook(byte[] content)
    {
        var rows = new List<IReadOnlyList<string?>>();
        var nonEmpty = 0;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var sheet = stream.GetSheetNames().FirstOrDefault();
            if (sheet is null)
            {
                return NotASpreadsheet();
            }

            stream.Position = 0;
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, sheetName: sheet))
            {
                IReadOnlyList<string?> cells = [.. row.Values.Take(MaxColumns).Select(Cell)];
                rows.Add(cells);
                if ((cells.Any(c => c is not null) && ++nonEmpty > MaxRows + 1) || rows.Count > MaxPhysicalRows)
                {
                    return TooManyRows();
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A zip that is not a workbook (a renamed .docx or .zip), or a damaged one: MiniExcel throws IO, XML and
            // format exceptions of several kinds, none of which is the caller's bug.
            return NotASpreadsheet();
        }

        return Sheet(ImportFormat.Xlsx, rows);
    }

    private static Result<ImportSheet> ReadCsv(byte[] content)
    {
        string text;
        try
        {
            var start = content is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
            text = StrictUtf8.GetString(content, start, content.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Error.UnsupportedContent("unsupported_file", "The file is neither an .xlsx workbook nor UTF-8 text. Save it from Excel as .xlsx or as \"CSV UTF-8\" and upload that.");
        }

        if (text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')))
        {
            return NotASpreadsheet();
        }

        var rows = new List<IReadOnlyList<string?>>();
        var delimiter = Delimiter(text);
        var nonEmpty = 0;
        foreach (var record in Records(text, delimiter))
        {
            rows.Add([.. record.Take(MaxColumns).Select(CsvCell)]);
            if ((record.Any(c => !string.IsNullOrWhiteSpace(c)) && ++nonEmpty > MaxRows + 1) || rows.Count > MaxPhysicalRows)
            {
                return TooManyRows();
            }
        }

        return Sheet(ImportFormat.Csv, rows);
    }

    private static Result<ImportSheet> Sheet(ImportFormat format, List<IReadOnlyList<string?>> rows)
    {
        var numbered = rows
            .Select((cells, index) => new ImportSheetRow(index + 1, cells))
            .Where(r => r.Cells.Any(c => c is not null))
            .ToList();
        if (numbered.Count == 0)
        {
            return Error.Validation("file", "The file has no header row: the first row names the columns (see the template).");
        }

        return new ImportSheet(format, numbered[0], numbered[1..]);
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        double number when number == Math.Floor(number) && Math.Abs(number) < 1e15 => number.ToString("0", CultureInfo.InvariantCulture),
        double number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateTime at => at.TimeOfDay == TimeSpan.Zero
            ? at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() is { Length: > 0 } text ? text : null,
    };

    /// <summary>
    /// A CSV field trimmed; the apostrophe that CSV writers (ours included) put before text starting with = + - @, so a
    /// spreadsheet does not run it as a formula, is taken off again.
    /// </summary>
    private static string? CsvCell(string field)
    {
        var text = field.Trim();
        if (text is ['\'', '=' or '+' or '-' or '@', ..])
        {
            text = text[1..];
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>The header line's separator: a comma unless the header has none and uses semicolons or tabs.</summary>
    private static char Delimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var firstLine = end >= 0 ? text.AsSpan(0, end) : text.AsSpan();
        if (firstLine.Contains(','))
        {
            return ',';
        }

        return firstLine.Contains(';') ? ';' : firstLine.Contains('\t') ? '\t' : ',';
    }

    /// <summary>RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks; CRLF or LF ends a record.</summary>
    private static IEnumerable<List<string>> Records(string text, char delimiter)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                record.Add(field.ToString());
                field.Clear();
                yield return record;
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }

    private static Error NotASpreadsheet() =>
        Error.UnsupportedContent("unsupported_file", "The file is not a spreadsheet. Upload an .xlsx workbook or a CSV UTF-8 file (download the template to start from).");

    private static Error TooManyRows() =>
        Error.TooLarge("too_many_rows", $"The file has more than {MaxRows} rows: split it into files of at most {MaxRows} rows.");
}
