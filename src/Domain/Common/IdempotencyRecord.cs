namespace SpecialtyAlliance.Domain.Common;

/// <summary>
/// A create that named an <c>Idempotency-Key</c>: written in the same transaction as what it created, so a retry
/// with the same key finds it and answers with the first result instead of creating again. Keyed by (user, key).
/// </summary>
public sealed class IdempotencyRecord
{
    public const int KeyMaxLength = 128;
    public const int OperationMaxLength = 100;

    private IdempotencyRecord()
    {
        Key = null!;
        Operation = null!;
        Fingerprint = null!;
    }

    public Guid UserId { get; private set; }

    public string Key { get; private set; }

    /// <summary>What was created, such as <c>POST /api/consultations</c>.</summary>
    public string Operation { get; private set; }

    /// <summary>A hash of the request body: the same key with a different body is refused.</summary>
    public string Fingerprint { get; private set; }

    public Guid ResourceId { get; private set; }

    public int StatusCode { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static IdempotencyRecord Create(
        Guid userId, string key, string operation, string fingerprint, Guid resourceId, int statusCode, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return new IdempotencyRecord
        {
            UserId = userId,
            Key = key,
            Operation = operation,
            Fingerprint = fingerprint,
            ResourceId = resourceId,
            StatusCode = statusCode,
            CreatedAt = now,
        };
    }
}
