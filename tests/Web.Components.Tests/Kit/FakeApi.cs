using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SpecialtyAlliance.Web.Components.Tests.Kit;

/// <summary>
/// The HTTP API as a component test sees it: canned answers by method and path (the last one registered wins),
/// a record of every request, and a 404 problem for anything not registered.
/// </summary>
public sealed class FakeApi : HttpMessageHandler
{
    private static readonly JsonSerializerOptions Json = SpecialtyAlliance.Contracts.Common.ContractJson.Create();
    private readonly List<Route> _routes = [];

    public List<RecordedRequest> Requests { get; } = [];

    public sealed record RecordedRequest(HttpMethod Method, string PathAndQuery, string? IfMatch, string? Body, string? IdempotencyKey = null);

    private sealed record Route(HttpMethod Method, string Path, Func<HttpResponseMessage> Respond);

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> (with its query when it has one) with JSON.</summary>
    public FakeApi On(HttpMethod method, string path, HttpStatusCode status, object? body = null)
    {
        _routes.Add(new Route(method, path, () =>
        {
            var response = new HttpResponseMessage(status);
            if (body is not null)
            {
                response.Content = JsonContent.Create(body, options: Json);
            }

            return response;
        }));
        return this;
    }

    public FakeApi Get(string path, object body) => On(HttpMethod.Get, path, HttpStatusCode.OK, body);

    /// <summary>Answers with an RFC 9457 problem, as the API does.</summary>
    public FakeApi Problem(HttpMethod method, string path, int status, string code, string? detail = null, Dictionary<string, string[]>? errors = null)
    {
        _routes.Add(new Route(method, path, () => new HttpResponseMessage((HttpStatusCode)status)
        {
            Content = JsonContent.Create(
                new { status, title = "Problem", detail, code, errors, traceId = "00-trace" },
                mediaType: new System.Net.Http.Headers.MediaTypeHeaderValue("application/problem+json"),
                options: Json),
        }));
        return this;
    }

    /// <summary>Makes the request fail as a lost network does.</summary>
    public FakeApi Unreachable(HttpMethod method, string path)
    {
        _routes.Add(new Route(method, path, () => throw new HttpRequestException("TypeError: Failed to fetch")));
        return this;
    }

    public IEnumerable<RecordedRequest> Sent(HttpMethod method, string pathAndQuery) =>
        Requests.Where(r => r.Method == method && r.PathAndQuery == pathAndQuery);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var ifMatch = request.Headers.TryGetValues("If-Match", out var values) ? string.Join(",", values) : null;
        var idempotencyKey = request.Headers.TryGetValues("Idempotency-Key", out var keys) ? string.Join(",", keys) : null;
        Requests.Add(new RecordedRequest(request.Method, uri.PathAndQuery, ifMatch, body, idempotencyKey));

        var route = _routes.LastOrDefault(r => r.Method == request.Method
            && (r.Path.Contains('?', StringComparison.Ordinal) ? r.Path == uri.PathAndQuery : r.Path == uri.AbsolutePath));
        if (route is null)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                Content = JsonContent.Create(new { status = 404, code = "not_found", detail = $"No canned answer for {request.Method} {uri.PathAndQuery}" }),
            };
        }

        return route.Respond();
    }
}
