using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>
/// Data-protection keys (they sign cookies, bearer tokens, invitation and reset tokens) are kept in the database, shared
/// by every instance. With <c>Alliance:DataProtection:CertificatePath</c> (a PFX file, <c>CertificatePassword</c>) they
/// are encrypted with that certificate at rest; without it they are stored unencrypted — fine for the demo and tests,
/// said once at start (ADR 0036).
/// </summary>
public static partial class KeyProtection
{
    public const string CertificatePathKey = "Alliance:DataProtection:CertificatePath";
    public const string CertificatePasswordKey = "Alliance:DataProtection:CertificatePassword";

    /// <summary>Protects the keys with the configured certificate (the certificate lives as long as the host).</summary>
    public static IDataProtectionBuilder ProtectKeys(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        if (configuration[CertificatePathKey] is not { Length: > 0 } path)
        {
            return builder;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{CertificatePathKey}: no certificate file at '{path}'.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordKey]);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"{CertificatePathKey}: the certificate must include its private key (a PFX file).");
        }

        return builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    /// <summary>The start-up line saying how the keys are kept.</summary>
    public static void Report(ILogger logger, IConfiguration configuration)
    {
        if (configuration[CertificatePathKey] is { Length: > 0 } path)
        {
            LogProtected(logger, path);
        }
        else
        {
            LogUnprotected(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data-protection keys are encrypted at rest with the certificate {Path}")]
    private static partial void LogProtected(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data-protection keys are stored unencrypted in the database (fine for the demo and tests). For production set Alliance__DataProtection__CertificatePath and Alliance__DataProtection__CertificatePassword")]
    private static partial void LogUnprotected(ILogger logger);
}
