using System.Text.Json;
using SpecialtyAlliance.Contracts.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Infrastructure.Persistence;

namespace SpecialtyAlliance.Api.Infrastructure;

/// <summary>
/// What escapes a handler: a body that cannot be read → 400 with the field at fault; a concurrent edit or
/// a constraint the database enforced → 409 with a stable code; the database unreachable → 503 with Retry-After;
/// anything else → 500 with no internals.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    /// <summary>What a 503 asks the client to wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var error = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => Error.Validation(FieldOf(json), WhatWasExpected(httpContext, json)),
            BadHttpRequestException bad => Unreadable(bad, httpContext.Request),
            _ when IsDatabaseUnreachable(exception) => new Error(
                ErrorKind.Unavailable, "database_unavailable", "The database cannot be reached just now; please try again in a few seconds."),
            _ => DatabaseErrors.Translate(exception),
        };

        if (error is null)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            error = new Error(ErrorKind.Unexpected, "internal", "Something went wrong on our side. It has been logged; please try again.");
        }
        else if (error.Kind == ErrorKind.Unavailable)
        {
            LogDatabaseUnreachable(logger, httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var problem = error.ToProblemDetails();
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>
    /// The framework's binding failures in the product's words, with the field at fault: a value that is not of its type
    /// (<c>?page=abc</c>), a required parameter that is missing, or a body that is JSON <c>null</c> instead of an object.
    /// </summary>
    private static Error Unreadable(BadHttpRequestException bad, HttpRequest request)
    {
        if (BindFailure().Match(bad.Message) is { Success: true } failed)
        {
            return Error.Validation(JsonNamingPolicy.CamelCase.ConvertName(failed.Groups["name"].Value), "This value is not valid here.");
        }

        if (Missing().Match(bad.Message) is { Success: true } missing)
        {
            return missing.Groups["source"].Value == "body"
                ? Error.Validation("body", "This request needs a JSON object as its body, not null.")
                : Error.Validation(JsonNamingPolicy.CamelCase.ConvertName(missing.Groups["name"].Value), "This value is required.");
        }

        if (bad.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal))
        {
            return HasNoBody(request)
                ? Error.Validation("body", "This request needs a JSON body.")
                : Error.Validation("body", "This request needs a JSON object as its body, not null.");
        }

        return HasNoBody(request)
            ? Error.Validation("body", "This request needs a JSON body.")
            : Error.Validation("body", "The request could not be read.");
    }

    [System.Text.RegularExpressions.GeneratedRegex("^Failed to bind parameter \"(?<type>[^\" ]+) (?<name>[^\" ]+)\" from")]
    private static partial System.Text.RegularExpressions.Regex BindFailure();

    [System.Text.RegularExpressions.GeneratedRegex("^Required parameter \"(?<type>[^\" ]+) (?<name>[^\" ]+)\" was not provided from (?<source>[a-z ]+?)\\.?$")]
    private static partial System.Text.RegularExpressions.Regex Missing();

    /// <summary>
    /// The database could not be reached or is going away (a refused or dropped connection, a time-out opening one, the
    /// server shutting down or starting up) — an outage to wait out, not a bug: 503 with Retry-After instead of a 500.
    /// A statement the database refused (a constraint, a syntax error) is something else and is not caught here.
    /// </summary>
    private static bool IsDatabaseUnreachable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Npgsql.PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal);
                case Npgsql.NpgsqlException { InnerException: System.Net.Sockets.SocketException or IOException or TimeoutException }:
                case Npgsql.NpgsqlException when e.Message.StartsWith("Exception while connecting", StringComparison.Ordinal):
                    return true;
                default:
                    break;
            }
        }

        return false;
    }

    private static bool HasNoBody(HttpRequest request) =>
        request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any(v => v is { Length: > 0 }));

    /// <summary>"$.hospital.memberCount" → "hospital.memberCount"; the whole body when the path is unknown.</summary>
    private static string FieldOf(JsonException json) =>
        json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: the database cannot be reached ({Reason})")]
    private static partial void LogDatabaseUnreachable(ILogger logger, string method, string path, string reason);

    /// <summary>
    /// For a name the vocabulary does not know (an enum of the contract, ADR 0040), the names it does know — the field is
    /// found by following the JSON path through the endpoint's body type; else a plain word that the value does not fit.
    /// </summary>
    private static string WhatWasExpected(HttpContext httpContext, JsonException json)
    {
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        var type = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        foreach (var segment in (json.Path ?? string.Empty).TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Split('[')[0];
            var property = type?.GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            type = property?.PropertyType;
            if (segment.Contains('[', StringComparison.Ordinal) && type is { IsGenericType: true })
            {
                type = type.GetGenericArguments()[0];
            }
        }

        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is { IsEnum: true })
        {
            var names = Enum.GetValues(type).Cast<object>().Select(v => JsonSerializer.Serialize(v, type, Wire).Trim('"'));
            return $"Must be one of: {string.Join(", ", names)}.";
        }

        return "The value is not valid here.";
    }

    private static readonly JsonSerializerOptions Wire = ContractJson.Create();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
