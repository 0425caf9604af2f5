using System.Globalization;
using System.Text;

namespace SpecialtyAlliance.Application.Reports;

/// <summary>A CSV file to download: its suggested name and its bytes.</summary>
public sealed record CsvDocument(string FileName, byte[] Content)
{
    public const string ContentType = "text/csv; charset=utf-8";
}

/// <summary>
/// Writes CSV as RFC 4180 says — fields separated by commas, records ended by CRLF, a field holding a comma, a quote or
/// a line break enclosed in quotes with its quotes doubled — encoded as UTF-8 with a byte-order mark, so spreadsheet
/// programs open Chinese text correctly. Numbers and dates are written invariantly (1234.5, 2025-03-01). Text that a
/// spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe.
/// </summary>
public sealed class CsvWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private readonly StringBuilder _text = new();

    /// <summary>Adds one record.</summary>
    public CsvWriter Row(params IEnumerable<object?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                _text.Append(',');
            }

            _text.Append(Field(field));
            first = false;
        }

        _text.Append("\r\n");
        return this;
    }

    /// <summary>The text written so far, without the byte-order mark.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>The file: a UTF-8 byte-order mark, then the records.</summary>
    public byte[] ToBytes()
    {
        var preamble = Utf8WithBom.GetPreamble();
        var body = Utf8WithBom.GetBytes(_text.ToString());
        return [.. preamble, .. body];
    }

    internal static string Field(object? value) => value switch
    {
        null => string.Empty,
        string text => Quote(Defuse(text)),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset at => at.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable number => Quote(number.ToString(null, CultureInfo.InvariantCulture)),
        _ => Quote(Defuse(value.ToString() ?? string.Empty)),
    };

    /// <summary>Quotes a field that needs it (RFC 4180 §2.6–2.7).</summary>
    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    /// <summary>Keeps a spreadsheet from running text as a formula (CSV injection).</summary>
    private static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
