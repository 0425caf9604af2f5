using System.Text.Json;
using SpecialtyAlliance.Contracts.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Infrastructure.Persistence;

namespace SpecialtyAlliance.Api.Infrastructure;

/// <summary>
/// What escapes a handler: a body that cannot be read → 400 with the field at fault; a concurrent edit or
/// a constraint the database enforced → 409 with a stable code; anything else → 500 with no internals.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var error = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => Error.Validation(FieldOf(json), WhatWasExpected(httpContext, json)),
            BadHttpRequestException when HasNoBody(httpContext.Request) => Error.Validation("body", "This request needs a JSON body."),
            BadHttpRequestException bad => new Error(ErrorKind.Validation, "bad_request", bad.Message),
            _ => DatabaseErrors.Translate(exception),
        };

        if (error is null)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            error = new Error(ErrorKind.Unexpected, "internal", "Something went wrong on our side. It has been logged; please try again.");
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

    private static bool HasNoBody(HttpRequest request) =>
        request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any(v => v is { Length: > 0 }));

    /// <summary>"$.hospital.memberCount" → "hospital.memberCount"; the whole body when the path is unknown.</summary>
    private static string FieldOf(JsonException json) =>
        json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";

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
