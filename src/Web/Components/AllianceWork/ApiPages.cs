using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Web.Services;

namespace SpecialtyAlliance.Web.Components.AllianceWork;

/// <summary>Reading a whole (filtered) list for views that show it at once — the timeline, the gap board, pickers.</summary>
public static class ApiPages
{
    /// <summary>At most this many pages of <see cref="Paging.MaxPageSize"/> are read (10,000 items): a view showing more would be unreadable.</summary>
    public const int MaxPages = 50;

    /// <summary>
    /// Every item of <paramref name="url"/> (which may carry a query of its own), page after page of the largest size;
    /// the first problem stops the reading.
    /// </summary>
    public static async Task<ApiResult<List<T>>> GetAllAsync<T>(this ApiClient api, string url)
    {
        var items = new List<T>();
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 1; page <= MaxPages; page++)
        {
            var result = await api.GetAsync<PagedResponse<T>>($"{url}{separator}page={page}&pageSize={Paging.MaxPageSize}");
            if (result.Value is not { } value)
            {
                return new ApiResult<List<T>>(null, result.Problem);
            }

            items.AddRange(value.Items);
            if (items.Count >= value.Total || value.Items.Count == 0)
            {
                break;
            }
        }

        return new ApiResult<List<T>>(items, null);
    }

    /// <summary>A date as the API's query strings and date inputs write it.</summary>
    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A date input's value, or the empty date (which the API refuses beside its field) when it is not a date.</summary>
    public static DateOnly ParseIsoOrDefault(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : default;

    /// <summary>Today's date in Asia/Shanghai, the alliance's calendar.</summary>
    public static DateOnly Today(this TimeProvider clock) => AllianceCalendar.Today(clock);

    /// <summary>The calendar day (Asia/Shanghai) of a UTC instant.</summary>
    public static DateOnly ShanghaiDate(this DateTimeOffset instant) => AllianceCalendar.DateOf(instant);
}
