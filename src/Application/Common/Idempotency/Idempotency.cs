using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Common.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> rule for creates: the first request with a key creates and records (key, request
/// fingerprint, created id) in the same transaction; a retry with the same key and body answers with that first result
/// and creates nothing; the same key with another body is refused. Concurrent duplicates queue on a lock per
/// (user, key), so the second sees the first's record. Applied to every <see cref="IIdempotentCreate"/> by
/// <see cref="Behaviors.IdempotencyBehavior{TMessage, TResponse}"/>.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    /// <summary>The advisory-lock namespace of idempotency keys (two-key locks; the change-sequence lock uses the one-key space).</summary>
    public const int LockSpace = 0x1DE7;

    /// <summary>What a client may send: 1–128 visible ASCII characters (a UUID is typical).</summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: > 0 and <= IdempotencyRecord.KeyMaxLength } && key.All(c => c is > ' ' and <= '~');

    /// <summary>A SHA-256 of the body as JSON (its runtime type's shape), so "the same request" means the same body.</summary>
    public static string Fingerprint(object? body) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body, body?.GetType() ?? typeof(object))));

    /// <summary>
    /// The id created by an earlier request with this key (a retry), null when there was none, or a conflict when the
    /// key was used for a different request.
    /// </summary>
    public static async Task<Result<Guid?>> FindAsync(
        this IAllianceDbContext db, Guid userId, string key, string operation, string fingerprint, CancellationToken cancellationToken)
    {
        await db.LockForTransactionAsync(LockSpace, $"{userId:N}:{key}", cancellationToken);
        var earlier = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key, cancellationToken);
        if (earlier is null)
        {
            return (Guid?)null;
        }

        return earlier.Operation == operation && earlier.Fingerprint == fingerprint
            ? earlier.ResourceId
            : Error.Conflict("idempotency_key_reused", "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
    }

    public static void Remember(
        this IAllianceDbContext db, Guid userId, string key, string operation, string fingerprint, Guid createdId, int statusCode, DateTimeOffset now) =>
        db.IdempotencyRecords.Add(IdempotencyRecord.Create(userId, key, operation, fingerprint, createdId, statusCode, now));
}
