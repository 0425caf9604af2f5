using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Api.Infrastructure;

/// <summary>
/// The one shape of every move and update endpoint (ADR 0037): read the version the client names in
/// <c>If-Match</c>, send the command built with it, then read the record back as the caller now sees it.
/// A stale version is the handler's 409 <c>concurrency</c>; a header that is not a version is a 400 on <c>If-Match</c>.
/// </summary>
internal static class Moves
{
    public const string IfMatchHeader = "If-Match";

    /// <summary>The stable code of the 428 an update answers when it names no version.</summary>
    public const string IfMatchRequiredCode = "if_match_required";

    /// <summary>
    /// A lifecycle move: without <c>If-Match</c> it applies to the current state (moves are idempotent enough and
    /// refuse an invalid transition on their own).
    /// </summary>
    public static Task<Results<Ok<T>, ProblemHttpResult>> MoveAsync<T>(
        this ISender sender, string? ifMatch, Func<uint?, ICommand<Result>> command, Func<IQuery<Result<T>>> readBack, CancellationToken cancellationToken) =>
        SendAsync(sender, ifMatch, required: false, command, readBack, cancellationToken);

    /// <summary>
    /// A correction of a record's fields: <c>If-Match</c> is required, since an edit made without knowing what it
    /// overwrites would lose someone else's change silently (428 <c>if_match_required</c>).
    /// </summary>
    public static Task<Results<Ok<T>, ProblemHttpResult>> UpdateAsync<T>(
        this ISender sender, string? ifMatch, Func<uint, ICommand<Result>> command, Func<IQuery<Result<T>>> readBack, CancellationToken cancellationToken) =>
        SendAsync(sender, ifMatch, required: true, version => command(version!.Value), readBack, cancellationToken);

    /// <summary>The problem for an update that names no version.</summary>
    public static ProblemHttpResult IfMatchRequired()
    {
        var problem = new Error(
            ErrorKind.Validation, IfMatchRequiredCode, "Send the version you read as If-Match (for example If-Match: \"1234\").")
            .ToProblemDetails();
        problem.Status = StatusCodes.Status428PreconditionRequired;
        problem.Title = "If-Match is required.";
        return TypedResults.Problem(problem);
    }

    private static async Task<Results<Ok<T>, ProblemHttpResult>> SendAsync<T>(
        ISender sender, string? ifMatch, bool required, Func<uint?, ICommand<Result>> command, Func<IQuery<Result<T>>> readBack, CancellationToken cancellationToken)
    {
        if (!Versions.TryParseIfMatch(ifMatch, out var version))
        {
            return Versions.InvalidIfMatch().ToProblem();
        }

        if (required && version is null)
        {
            return IfMatchRequired();
        }

        var changed = await sender.Send(command(version), cancellationToken);
        return changed.IsSuccess
            ? (await sender.Send(readBack(), cancellationToken)).ToOk()
            : changed.Error.ToProblem();
    }
}

/// <summary>OpenAPI notes shared by the endpoints that take <c>If-Match</c>.</summary>
internal static class MoveEndpointConventions
{
    /// <summary>Documents an update: If-Match required (428 without it), 409 concurrency when stale.</summary>
    public static RouteHandlerBuilder DocumentsUpdate(this RouteHandlerBuilder builder) =>
        builder
            .WithDescription(
                "Send the record's `version` as `If-Match: \"<version>\"`. Without it: 428 `if_match_required`; "
                + "a header that is not a version: 400 on `If-Match`; stale: 409 `concurrency`; a change the record's "
                + "state forbids: 409 with its own `code`; a record outside your scope: 404. Every change is audited from → to.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
