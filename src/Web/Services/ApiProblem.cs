using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecialtyAlliance.Web.Services;

/// <summary>
/// A problem the API answered (RFC 9457): its status, stable <c>code</c>, detail and per-field messages; or,
/// with status 0 and code <c>network</c>, a request that never reached the server.
/// </summary>
public sealed class ApiProblem
{
    public const string NetworkCode = "network";

    private readonly Dictionary<string, string[]> _errors = [];

    public int Status { get; init; }

    public string? Title { get; init; }

    public string? Detail { get; init; }

    public string? Code { get; init; }

    public string? TraceId { get; init; }

    /// <summary>Per-field messages by camelCase field name; never null, even when the document says <c>"errors": null</c>.</summary>
    public Dictionary<string, string[]> Errors
    {
        get => _errors;
        init => _errors = value ?? [];
    }

    /// <summary>The problem's other members (an import's refused <c>rows</c>), as the API sent them.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Extensions { get; init; } = [];

    [JsonIgnore]
    public bool IsNetwork => Status == 0;

    [JsonIgnore]
    public bool IsConflict => Status == 409;

    /// <summary>The messages for one field (camelCase, as the API names it), or none.</summary>
    public IReadOnlyList<string> ErrorsFor(string field) =>
        Errors.TryGetValue(field, out var messages) ? messages
        : Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value ?? [];

    /// <summary>An extension member read as <typeparamref name="T"/>, or default when the problem has none.</summary>
    public T? Extension<T>(string name) =>
        Extensions.TryGetValue(name, out var value) ? value.Deserialize<T>(new JsonSerializerOptions(JsonSerializerDefaults.Web)) : default;

    public static ApiProblem Network(string? detail = null) => new() { Status = 0, Code = NetworkCode, Detail = detail };
}

/// <summary>The outcome of one API call: a value, or the problem the API answered.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Ok => Problem is null;
}
