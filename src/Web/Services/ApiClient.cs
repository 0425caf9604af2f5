using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using SpecialtyAlliance.Contracts.Common;

namespace SpecialtyAlliance.Web.Services;

/// <summary>
/// Typed calls to the public HTTP API (same origin: the session cookie travels with each request). Every
/// failure comes back as an <see cref="ApiProblem"/>, never an exception; a 401 on anything but the session
/// endpoints also raises <see cref="Unauthorized"/>, so the shell can send the person back to sign in.
/// </summary>
public sealed class ApiClient(HttpClient http)
{
    /// <summary>The contract's JSON (enums as their names, ADR 0040), reading numbers sent as strings too.</summary>
    internal static readonly JsonSerializerOptions Json = ContractJson.Configure(new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    });

    /// <summary>The session ended (cookie expired or revoked) while the person was working.</summary>
    public event Action? Unauthorized;

    public Task<ApiResult<T>> GetAsync<T>(string url) => SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, url));

    /// <summary>
    /// A POST; <paramref name="ifMatchVersion"/> names the version a move was made on (409 if it changed meanwhile), and
    /// <paramref name="idempotencyKey"/> (one per form) makes a retried or double-sent create return the first result.
    /// </summary>
    public Task<ApiResult<T>> PostAsync<T>(string url, object? body, string? ifMatchVersion = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        if (ifMatchVersion is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{ifMatchVersion}\"");
        }

        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return SendAsync<T>(request);
    }

    /// <summary>An update; <paramref name="ifMatchVersion"/> is the version the page shows (ADR 0037: updates require it).</summary>
    public Task<ApiResult<T>> PutAsync<T>(string url, object body, string? ifMatchVersion = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: Json) };
        if (ifMatchVersion is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{ifMatchVersion}\"");
        }

        return SendAsync<T>(request);
    }

    /// <summary>A file sent as the multipart form field <c>file</c> (the imports).</summary>
    public Task<ApiResult<T>> PostFileAsync<T>(string url, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return SendAsync<T>(new HttpRequestMessage(HttpMethod.Post, url) { Content = form });
    }

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
                try
                {
                    problem = await response.Content.ReadFromJsonAsync<ApiProblem>(Json);
                }
                catch (JsonException)
                {
                    // Not a problem document: described by its status below.
                }
            }

            problem ??= new ApiProblem { Status = (int)response.StatusCode, Title = response.ReasonPhrase };
            if (response.StatusCode == HttpStatusCode.Unauthorized && !IsSessionEndpoint(request.RequestUri))
            {
                Unauthorized?.Invoke();
            }

            return new ApiResult<T>(default, problem);
        }
        catch (HttpRequestException ex)
        {
            return new ApiResult<T>(default, ApiProblem.Network(ex.Message));
        }
        finally
        {
            request.Dispose();
        }
    }

    /// <summary>Sign-in and who-am-I answer 401 as part of their normal work; that is not an expired session.</summary>
    private static bool IsSessionEndpoint(Uri? uri)
    {
        var path = uri?.IsAbsoluteUri == true ? uri.AbsolutePath : "/" + uri?.OriginalString.TrimStart('/');
        return path.StartsWith("/api/auth/", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith("/api/me", StringComparison.OrdinalIgnoreCase);
    }
}
