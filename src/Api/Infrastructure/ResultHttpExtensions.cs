using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Api.Infrastructure;

/// <summary>
/// The one mapping from a <see cref="Result"/> to HTTP: success to its typed result, every error to an
/// RFC 9457 problem whose status follows the error's kind and whose <c>code</c> is the error's stable code.
/// </summary>
internal static class ResultHttpExtensions
{
    public static Results<Ok<T>, ProblemHttpResult> ToOk<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();

    public static Results<NoContent, ProblemHttpResult> ToNoContent(this Result result) =>
        result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();

    public static Results<Created<T>, ProblemHttpResult> ToCreated<T>(this Result<T> result, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : result.Error.ToProblem();

    public static int StatusCode(this ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        ErrorKind.UnsupportedContent => StatusCodes.Status415UnsupportedMediaType,
        ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static ProblemHttpResult ToProblem(this Error error) => TypedResults.Problem(error.ToProblemDetails());

    public static ProblemDetails ToProblemDetails(this Error error)
    {
        var status = error.Kind.StatusCode();
        ProblemDetails problem = error.FieldErrors is { } fields
            ? new HttpValidationProblemDetails(fields.ToDictionary(f => f.Key, f => f.Value))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = error.Kind switch
        {
            ErrorKind.Validation => "The request is not valid.",
            ErrorKind.NotFound => "Not found.",
            ErrorKind.Conflict => "The request conflicts with the current state.",
            ErrorKind.Forbidden => "Not allowed.",
            ErrorKind.Unauthorized => "Not signed in.",
            ErrorKind.Unavailable => "Temporarily unavailable.",
            ErrorKind.UnsupportedContent => "The content is not of a supported kind.",
            ErrorKind.TooLarge => "The content is too large.",
            _ => "An unexpected error occurred.",
        };
        problem.Detail = error.Message;
        problem.Extensions["code"] = error.Code;
        foreach (var (name, value) in error.Details ?? new Dictionary<string, object>())
        {
            problem.Extensions[name] = value;
        }

        if (Activity.Current?.Id is { } traceId)
        {
            problem.Extensions["traceId"] = traceId;
        }

        return problem;
    }
}
