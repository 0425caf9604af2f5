using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecialtyAlliance.Contracts.Common;

/// <summary>
/// The JSON settings both ends of the wire share (ADR 0040): web defaults, and enums as their names (each
/// contract enum also carries its own converter, so a serializer that was not configured still writes names).
/// </summary>
public static class ContractJson
{
    /// <summary>Adds what the contract needs to <paramref name="options"/> (the API's, the web client's, SignalR's).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        if (!options.Converters.Any(c => c is JsonStringEnumConverter))
        {
            options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        }

        return options;
    }

    /// <summary>New options with the web defaults and <see cref="Configure"/>.</summary>
    public static JsonSerializerOptions Create() => Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
