using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Staff;

/// <summary>With a certificate configured, the data-protection keys in the database are encrypted with it, and sign-in still works.</summary>
public sealed class KeyProtectionTests(PostgresFixture postgres)
{
    [Fact]
    public async Task WithACertificate_TheKeysAreStoredEncrypted_AndTokensStillWork()
    {
        var directory = Directory.CreateTempSubdirectory("alliance-keys-");
        var path = Path.Combine(directory.FullName, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=SpecialtyAlliance keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx, "pfx-secret"), TestContext.Current.CancellationToken);
        }

        try
        {
            await using var api = new AllianceApi(await postgres.Server.CreateEmptyAsync(), new Dictionary<string, string?>
            {
                ["Alliance:MigrateOnStart"] = "true",
                ["Alliance:Bootstrap:AdminEmail"] = "office@keys.test",
                ["Alliance:Bootstrap:AdminPassword"] = "Start#Alliance2026",
                ["Alliance:DataProtection:CertificatePath"] = path,
                ["Alliance:DataProtection:CertificatePassword"] = "pfx-secret",
            });
            using var client = await api.ClientFor("office@keys.test", "Start#Alliance2026");
            await (await client.GetAsync("/api/me", TestContext.Current.CancellationToken)).ShouldBe<MeResponse>(HttpStatusCode.OK);

            await using var scope = api.Services.CreateAsyncScope();
            var keys = await scope.ServiceProvider.GetRequiredService<AllianceDbContext>().DataProtectionKeys
                .Select(k => k.Xml).ToListAsync(TestContext.Current.CancellationToken);
            keys.ShouldNotBeEmpty();
            keys.ShouldAllBe(xml => xml!.Contains("encryptedSecret") && !xml.Contains("<masterKey"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
