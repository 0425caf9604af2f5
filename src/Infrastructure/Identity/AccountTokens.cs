using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>
/// The tokens in invitation and reset links: <c>{account id, 32 hex}.{Identity's token, base64url}</c> — URL-safe, and
/// naming the account, so the pages need no e-mail address. The token itself is what Identity checks.
/// </summary>
public static class AccountTokens
{
    public static string Compose(Guid accountId, string identityToken) =>
        accountId.ToString("N") + "." + WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(identityToken));

    public static bool TryParse(string token, out Guid accountId, out string identityToken)
    {
        accountId = Guid.Empty;
        identityToken = string.Empty;
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot != 32 || !Guid.TryParseExact(token[..dot], "N", out accountId))
        {
            return false;
        }

        try
        {
            identityToken = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token[(dot + 1)..]));
            return identityToken.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

/// <summary>The web client's pages a link opens: <c>/invitation?token=…</c> and <c>/reset-password?token=…</c>.</summary>
public sealed class AccountLinks(IOptions<AccountLinkOptions> options, IHttpContextAccessor? accessor = null)
{
    public string Invitation(string token) => $"{BaseUrl()}/invitation?token={token}";

    public string PasswordReset(string token) => $"{BaseUrl()}/reset-password?token={token}";

    private string BaseUrl()
    {
        if (options.Value.PublicUrl is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }

        return accessor?.HttpContext?.Request is { } request
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : "http://localhost:5080";
    }
}
