using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace SpecialtyAlliance.Testing;

/// <summary>A problem (RFC 9457) as the API returns it.</summary>
public sealed record Problem(int Status, string? Title, string? Detail, string? Code, Dictionary<string, string[]>? Errors, string? TraceId);

public static class HttpAssertions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Asserts the status and reads the body as <typeparamref name="T"/>.</summary>
    public static async Task<T> ShouldBe<T>(this HttpResponseMessage response, HttpStatusCode status)
    {
        await response.ShouldHaveStatus(status);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public static async Task ShouldHaveStatus(this HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered: {body}");
        }
    }

    /// <summary>Asserts an RFC 9457 problem with this status (and code, when given) and returns it.</summary>
    public static async Task<Problem> ShouldBeProblem(this HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        await response.ShouldHaveStatus(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = (await response.Content.ReadFromJsonAsync<Problem>(Json))!;
        problem.Status.ShouldBe((int)status);
        if (code is not null)
        {
            problem.Code.ShouldBe(code);
        }

        return problem;
    }
}
