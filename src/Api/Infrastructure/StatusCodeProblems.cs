using Microsoft.AspNetCore.Mvc;

namespace SpecialtyAlliance.Api.Infrastructure;

/// <summary>
/// Gives the problems that the framework writes itself (status-code pages: an unknown route, a refused
/// challenge, a body of the wrong type) the same shape as the application's: a stable <c>code</c>, words a
/// person understands, and the trace id.
/// </summary>
internal static class StatusCodeProblems
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        var (code, detail) = problem.Status switch
        {
            StatusCodes.Status400BadRequest => ("bad_request", problem.Detail ?? "The request could not be read."),
            StatusCodes.Status401Unauthorized => ("unauthorized", "Sign in first."),
            StatusCodes.Status403Forbidden => ("forbidden", "You are not allowed to do this."),
            StatusCodes.Status404NotFound => ("not_found", "This API route does not exist."),
            StatusCodes.Status405MethodNotAllowed => ("method_not_allowed", "This route does not take this HTTP method."),
            StatusCodes.Status415UnsupportedMediaType => ("body_required", "This request needs a JSON body, sent with Content-Type: application/json."),
            _ => ("error", problem.Detail ?? problem.Title ?? "The request failed."),
        };
        problem.Extensions["code"] = code;
        problem.Detail ??= detail;
        if (problem.Status == StatusCodes.Status415UnsupportedMediaType && problem is not HttpValidationProblemDetails)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { ["body"] = [detail] };
        }
    }
}
