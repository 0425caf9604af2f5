namespace SpecialtyAlliance.Domain.Common;

/// <summary>What kind of expected failure an <see cref="Error"/> is; the API maps each kind to one status code.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
    Unauthorized,

    /// <summary>Something the request needs is down for now (the database): try again shortly. Never carries internals.</summary>
    Unavailable,
    /// <summary>The content is not of a kind the action reads (an upload that is not a spreadsheet).</summary>
    UnsupportedContent,

    /// <summary>The content is larger than the action accepts (an upload over the size or row limit).</summary>
    TooLarge,

    /// <summary>Not expected at all: a bug or an outage. Never carries internals to the client.</summary>
    Unexpected,
}

/// <summary>
/// An expected failure, returned as a value. <see cref="Code"/> is stable and machine-readable
/// (clients switch on it); <see cref="Message"/> is for people.
/// </summary>
public sealed record Error(ErrorKind Kind, string Code, string Message)
{
    /// <summary>Per-field messages for <see cref="ErrorKind.Validation"/> errors, keyed by camelCase field name.</summary>
    public IReadOnlyDictionary<string, string[]>? FieldErrors { get; init; }

    /// <summary>More the client needs to act on the failure (an import's rejected rows), sent as problem extension members.</summary>
    public IReadOnlyDictionary<string, object>? Details { get; init; }

    public static Error NotFound(string what) =>
        new(ErrorKind.NotFound, "not_found", $"{what} was not found.");

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    public static Error Forbidden(string message = "You are not allowed to do this.") =>
        new(ErrorKind.Forbidden, "forbidden", message);

    public static Error Validation(string field, string message) =>
        new(ErrorKind.Validation, "validation", message)
        {
            FieldErrors = new Dictionary<string, string[]> { [field] = [message] },
        };

    public static Error Validation(IReadOnlyDictionary<string, string[]> fieldErrors) =>
        new(ErrorKind.Validation, "validation", "One or more fields are invalid.") { FieldErrors = fieldErrors };

    public static Error UnsupportedContent(string code, string message) => new(ErrorKind.UnsupportedContent, code, message);

    public static Error TooLarge(string code, string message) => new(ErrorKind.TooLarge, code, message);

    public static Error Concurrency() =>
        new(ErrorKind.Conflict, "concurrency", "Someone else changed this record since you read it. Reload it and try again.");

    public static Error InvalidTransition(string entity, object from, string action) =>
        new(ErrorKind.Conflict, "invalid_transition", $"A {entity} that is {from} cannot be {action}.");
}
