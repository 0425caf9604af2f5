using System.Net.Http.Headers;
using System.Text;
using MiniExcelLibs;
using SpecialtyAlliance.Application.Reports;

namespace SpecialtyAlliance.Api.Tests;

/// <summary>Import files built by the tests — .xlsx workbooks with MiniExcel, CSV as Excel saves it — and their upload.</summary>
internal static class ImportFiles
{
    /// <summary>A workbook whose first sheet has <paramref name="header"/> in row 1 and <paramref name="rows"/> below.</summary>
    public static byte[] Xlsx(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, string sheet = "人员")
    {
        var sheetRows = rows
            .Select(row => header.Select((h, i) => (h, v: i < row.Count ? row[i] : null)).ToDictionary(p => p.h, p => p.v))
            .ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [sheet] = sheetRows });
        return stream.ToArray();
    }

    /// <summary>CSV UTF-8 as Excel saves it (a byte-order mark, CRLF), or without the mark.</summary>
    public static byte[] Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, bool byteOrderMark = true)
    {
        var csv = new CsvWriter().Row(header);
        foreach (var row in rows)
        {
            csv.Row(row);
        }

        return byteOrderMark ? csv.ToBytes() : Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>Sends <paramref name="content"/> as the multipart form field <c>file</c>.</summary>
    public static Task<HttpResponseMessage> Upload(this HttpClient client, string url, byte[] content, string fileName = "import.xlsx", string contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        return client.PostAsync(url, form);
    }
}
