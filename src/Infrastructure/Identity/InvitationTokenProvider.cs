using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>
/// Invitation tokens: Identity's data-protected tokens with their own purpose and a 7-day life (password-reset tokens
/// keep the default provider, 2 hours). Both carry the account's security stamp, so setting the password — which
/// changes the stamp — makes a token single use.
/// </summary>
public sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<AppUser>> logger)
    : DataProtectorTokenProvider<AppUser>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "Invitation";

    public const string Purpose = "invitation";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);
}

public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = "InvitationTokenProvider";
        TokenLifespan = InvitationTokenProvider.Lifetime;
    }
}
