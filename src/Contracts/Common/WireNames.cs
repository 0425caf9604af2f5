using System.Collections.Concurrent;
using System.Text.Json;

namespace SpecialtyAlliance.Contracts.Common;

/// <summary>
/// An enum value as the wire writes it (its <c>JsonStringEnumMemberName</c> when it has one: <c>request-info</c>),
/// for the places that put it outside a JSON body: a route segment, a query string, a test id.
/// </summary>
public static class WireNames
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();
    private static readonly JsonSerializerOptions Json = ContractJson.Create();

    public static string WireName<T>(this T value)
        where T : struct, Enum =>
        Names.GetOrAdd(value, v => JsonSerializer.Serialize((T)v, Json).Trim('"'));
}
