using MiniExcelLibs;
using SpecialtyAlliance.Application.Reports;

namespace SpecialtyAlliance.Application.Common.Imports;

/// <summary>A file to download: its suggested name, content type and bytes.</summary>
public sealed record ImportTemplateFile(string FileName, string ContentType, byte[] Content)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/// <summary>
/// Writes an import's template: the header row in Chinese and example rows; the workbook adds a second sheet,
/// 填写说明, that explains each column (required or not, the words it accepts). The CSV is UTF-8 with a byte-order
/// mark, as Excel opens Chinese text correctly.
/// </summary>
public static class ImportTemplate
{
    public const string ExplanationSheet = "填写说明";

    public static ImportTemplateFile Write(
        ImportFormat format, string name, string sheetName, ImportLayout layout, IReadOnlyList<IReadOnlyList<string?>> examples)
    {
        if (format == ImportFormat.Csv)
        {
            var csv = new CsvWriter().Row(layout.Columns.Select(c => c.Header));
            foreach (var example in examples)
            {
                csv.Row(example);
            }

            return new ImportTemplateFile(name + ".csv", CsvDocument.ContentType, csv.ToBytes());
        }

        var rows = examples
            .Select(example => layout.Columns.Select((c, i) => (c.Header, Value: i < example.Count ? example[i] : null))
                .ToDictionary(p => p.Header, p => (object?)p.Value))
            .ToList();
        var explanation = layout.Columns
            .Select(c => new Dictionary<string, object?>
            {
                ["列名"] = c.Header,
                ["English"] = c.HeaderEn,
                ["是否必填"] = c.Required ? "必填" : "选填",
                ["说明"] = c.Explanation,
            })
            .ToList();
        var sheets = new Dictionary<string, object> { [sheetName] = rows, [ExplanationSheet] = explanation };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return new ImportTemplateFile(name + ".xlsx", ImportTemplateFile.XlsxContentType, stream.ToArray());
    }
}
