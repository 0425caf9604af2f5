using System.Globalization;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Api.Infrastructure;

/// <summary>Reads the version a client names in an <c>If-Match</c> header: <c>"1234"</c>, <c>W/"1234"</c> or <c>1234</c>.</summary>
internal static class Versions
{
    /// <summary>False only for a header that is present but not a version; an absent header is a null version.</summary>
    public static bool TryParseIfMatch(string? ifMatch, out uint? version)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return true;
        }

        var value = ifMatch.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        if (uint.TryParse(value.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            version = parsed;
            return true;
        }

        return false;
    }

    /// <summary>The problem for an <c>If-Match</c> header that is not a version.</summary>
    public static Error InvalidIfMatch() =>
        Error.Validation("If-Match", "If-Match must be the quoted version you read, such as \"1234\".");
}
