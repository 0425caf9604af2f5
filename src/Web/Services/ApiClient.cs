using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecialtyAlliance.Web.Services;

/// <summary>A problem the API answered (RFC 9457), with its stable code and any per-field messages.</summary>
public sealed class ApiProblem
{
    public int Status { get; init; }

    public string? Title { get; init; }

    public string? Detail { get; init; }

    public string? Code { get; init; }

    public Dictionary<string, string[]> Errors { get; init; } = [];

    /// <summary>The message to show a person: the detail, else the title.</summary>
    public string Message => Detail ?? Title ?? $"HTTP {Status}";
}

/// <summary>The outcome of one API call: a value, or the problem the API answered.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Ok => Problem is null;
}

/// <summary>Thin typed calls to the public HTTP API; every failure comes back as an <see cref="ApiProblem"/>.</summary>
public sealed class ApiClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public Task<ApiResult<T>> GetAsync<T>(string url) => SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, url));

    public Task<ApiResult<T>> PostAsync<T>(string url, object? body) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Post, url) { Content = body is null ? null : JsonContent.Create(body, options: Json) });

    private async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request)
    {
        try
        {
            using var response = await http.SendAsync(request);
            if (response.IsSuccessStatusCode)
            {
                if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
                {
                    return new ApiResult<T>(default, null);
                }

                return new ApiResult<T>(await response.Content.ReadFromJsonAsync<T>(Json), null);
            }

            ApiProblem? problem = null;
            if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
            {
                problem = await response.Content.ReadFromJsonAsync<ApiProblem>(Json);
            }

            return new ApiResult<T>(default, problem ?? new ApiProblem { Status = (int)response.StatusCode, Title = response.ReasonPhrase });
        }
        catch (HttpRequestException ex)
        {
            return new ApiResult<T>(default, new ApiProblem { Status = 0, Title = "无法连接服务器 Cannot reach the server", Detail = ex.Message });
        }
    }
}
