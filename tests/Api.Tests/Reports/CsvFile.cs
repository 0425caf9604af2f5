using System.Globalization;
using System.Net;
using System.Text;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reports;

/// <summary>Reads the API's CSV exports strictly: the byte-order mark, UTF-8, RFC 4180 records ended by CRLF.</summary>
internal static class CsvFile
{
    public static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static async Task<List<string[]>> ReadAsync(HttpResponseMessage response)
    {
        await response.ShouldHaveStatus(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Bom, "a byte-order mark, so spreadsheet programs read UTF-8");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        return Parse(text);
    }

    /// <summary>A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes.</summary>
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
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
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                c.ShouldNotBe('\n', "records end with CRLF");
                field.Append(c);
            }
        }

        fields.Count.ShouldBe(0, "the last record ends with CRLF");
        field.Length.ShouldBe(0);
        return rows;
    }

    public static decimal Number(string value) => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>The value of the one record of the KPI layout (section, measure, dimension, code) — null for an empty field.</summary>
    public static decimal? Figure(this List<string[]> rows, string section, string measure, string dimension, string code = "")
    {
        var value = rows.Single(r => r[0] == section && r[1] == measure && r[2] == dimension && r[3] == code)[5];
        return value.Length == 0 ? null : Number(value);
    }

    /// <summary>Every consultation and referral figure of the JSON is in the CSV, with the same value and Chinese name.</summary>
    public static void ShouldHoldTheFiguresOf(this List<string[]> rows, ConsultationKpis c, ReferralKpis r)
    {
        const string section = "远程会诊";
        rows.Figure(section, "申请数", "合计").ShouldBe(c.Requested);
        foreach (var status in c.ByStatus)
        {
            rows.Figure(section, "申请数", "当前状态", status.Code).ShouldBe(status.Count);
            rows.Single(x => x[2] == "当前状态" && x[3] == status.Code && x[0] == section)[4].ShouldBe(status.NameZh);
        }

        foreach (var specialty in c.BySpecialty)
        {
            rows.Figure(section, "申请数", "专科", specialty.Code).ShouldBe(specialty.Count);
            rows.Single(x => x[2] == "专科" && x[3] == specialty.Code)[4].ShouldBe(specialty.NameZh);
        }

        void Claims(string dimension, string code, TimeToClaimKpi t)
        {
            rows.Figure(section, "已接诊数", dimension, code).ShouldBe(t.Claimed);
            rows.Figure(section, "接诊用时中位数（分钟）", dimension, code).ShouldBe(t.MedianMinutes);
            rows.Figure(section, "接诊用时P90（分钟）", dimension, code).ShouldBe(t.P90Minutes);
            rows.Figure(section, "时限内接诊数", dimension, code).ShouldBe(t.WithinTarget.Count);
            rows.Figure(section, "时限内接诊占比", dimension, code).ShouldBe(t.WithinTarget.Share);
        }

        Claims("合计", string.Empty, c.TimeToClaim);
        foreach (var urgency in c.ByUrgency)
        {
            rows.Figure(section, "申请数", "紧急程度", urgency.Urgency).ShouldBe(urgency.Requested);
            Claims("紧急程度", urgency.Urgency, urgency.TimeToClaim);
        }

        void Rate(string measure, KpiRate rate)
        {
            rows.Figure(section, measure, "合计").ShouldBe(rate.Share);
            rows.Figure(section, measure + "（分子）", "合计").ShouldBe(rate.Count);
            rows.Figure(section, measure + "（分母）", "合计").ShouldBe(rate.Of);
        }

        rows.Figure(section, "待响应（未到时限）", "合计").ShouldBe(c.AwaitingResponse);
        rows.Figure(section, "时限前撤回", "合计").ShouldBe(c.WithdrawnBeforeTarget);
        Rate("响应率", c.ResponseRate);
        Rate("解决率", c.ResolutionRate);
        Rate("满意率（4–5分）", c.Satisfaction.RatedFourOrFive);
        Rate("避免转诊占比", c.ReferralAvoided);
        rows.Figure(section, "已结案（评价）数", "合计").ShouldBe(c.Satisfaction.Rated);
        rows.Figure(section, "满意度均分", "合计").ShouldBe(c.Satisfaction.MeanRating);

        var step = c.Interval switch { "week" => "按周", "month" => "按月", _ => "按日" };
        rows.Count(x => x[0] == section && x[1] == "申请数" && x[2] == step).ShouldBe(c.OverTime.Count);
        foreach (var s in c.OverTime)
        {
            var code = s.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            rows.Figure(section, "申请数", step, code).ShouldBe(s.Requested);
            rows.Figure(section, "已接诊数", step, code).ShouldBe(s.Claimed);
            rows.Figure(section, "已完成数", step, code).ShouldBe(s.Completed);
        }

        rows.Figure("双向转诊", "转诊数", "合计").ShouldBe(r.Referrals);
        foreach (var outcome in r.ByOutcome)
        {
            rows.Figure("双向转诊", "转诊数", "当前状态", outcome.Code).ShouldBe(outcome.Count);
            rows.Single(x => x[0] == "双向转诊" && x[3] == outcome.Code)[4].ShouldBe(outcome.NameZh);
        }
    }
}
