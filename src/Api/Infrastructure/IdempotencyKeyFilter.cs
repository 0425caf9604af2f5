using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Api.Infrastructure;

/// <summary>
/// The HTTP side of <see cref="IIdempotentCreate"/> for a create endpoint: a malformed <c>Idempotency-Key</c> is a 400
/// naming the header (nothing runs), and a retry answered with the first result says so with
/// <c>Idempotent-Replayed: true</c>. The endpoint passes the header's value on to its command.
/// </summary>
internal static class IdempotencyKeyFilter
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public static RouteHandlerBuilder AcceptsIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var key = http.Request.Headers[IdempotencyKeys.Header];
            if (key.Count > 1 || (key.Count == 1 && !IdempotencyKeys.IsWellFormed(key[0])))
            {
                return Error.Validation(IdempotencyKeys.Header, "Idempotency-Key must be one value of 1–128 visible ASCII characters (a UUID, say).").ToProblem();
            }

            var result = await next(context);
            if (http.RequestServices.GetRequiredService<IdempotencyOutcome>().Replayed)
            {
                http.Response.Headers[ReplayedHeader] = "true";
            }

            return result;
        });
}
