using System.Text.Json;
using SpecialtyAlliance.Contracts.Common;

namespace SpecialtyAlliance.Web.Components.Tests.Kit;

/// <summary>Test data written as the wire spells it ("Requested", "request-info"), read as the contract's enums.</summary>
public static class TestWire
{
    private static readonly JsonSerializerOptions Json = ContractJson.Create();

    public static T Parse<T>(string name)
        where T : struct, Enum => JsonSerializer.Deserialize<T>($"\"{name}\"", Json);

    public static IReadOnlyList<T> ParseAll<T>(IEnumerable<string> names)
        where T : struct, Enum => [.. names.Select(Parse<T>)];
}
