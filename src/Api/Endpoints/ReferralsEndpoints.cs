using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Application.Referrals;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Referrals;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Api.Endpoints;

/// <summary>The referral green channel: seen and moved by the referring county hospital and the receiving city hospital only.</summary>
internal static class ReferralsEndpoints
{
    private const string IfMatch = Moves.IfMatchHeader;

    public static IEndpointRouteBuilder MapReferralsEndpoints(this IEndpointRouteBuilder app)
    {
        var referrals = app.MapGroup("/api/referrals").WithTags("Referrals").RequireAuthorization();
        referrals.MapPost("/", Create).AcceptsIdempotencyKey()
            .WithSummary("Refer a patient up from a completed consultation that recommended it (the requesting hospital); Idempotency-Key makes retries safe");
        referrals.MapGet("/", List).WithSummary("Referrals of your hospital (sent or received), newest first, paged; filter by status, consultationId");
        referrals.MapGet("/{id:guid}", Get).WithSummary("One referral");
        referrals.MapPost("/{id:guid}/accept", Accept).WithSummary("Requested → Accepted into a city department, expected on a date (the city side)");
        referrals.MapPost("/{id:guid}/admit", Admit).WithSummary("Accepted → Admitted (the city side)");
        referrals.MapPost("/{id:guid}/return", Return).WithSummary("Accepted or Admitted → Returned to the county with a note (the city side)");
        referrals.MapPost("/{id:guid}/decline", Decline).WithSummary("Requested → Declined with a reason (the city side)");
        return app;
    }

    private static async Task<Results<Created<ReferralResponse>, ProblemHttpResult>> Create(
        ReferralRequest request,
        [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
        ISender sender,
        CancellationToken cancellationToken)
    {
        var created = await sender.Send(new CreateReferral(request, idempotencyKey), cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error.ToProblem();
        }

        return (await sender.Send(new GetReferral(created.Value), cancellationToken)).ToCreated(r => $"/api/referrals/{r.Id}");
    }

    private static async Task<Results<Ok<PagedResponse<ReferralResponse>>, ProblemHttpResult>> List(
        ISender sender, string? status, Guid? consultationId, int? page, int? pageSize, CancellationToken cancellationToken) =>
        (await sender.Send(new ListReferrals(status, consultationId, page ?? 1, pageSize ?? Paging.DefaultPageSize), cancellationToken)).ToOk();

    private static async Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetReferral(id), cancellationToken)).ToOk();

    private static Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> Accept(
        Guid id, AcceptReferralRequest body, [FromHeader(Name = IfMatch)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Move(id, ifMatch, version => new AcceptReferral(id, body, version), sender, cancellationToken);

    private static Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> Admit(
        Guid id, [FromHeader(Name = IfMatch)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Move(id, ifMatch, version => new AdmitReferral(id, version), sender, cancellationToken);

    private static Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> Return(
        Guid id, ReturnReferralRequest body, [FromHeader(Name = IfMatch)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Move(id, ifMatch, version => new ReturnReferral(id, body, version), sender, cancellationToken);

    private static Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> Decline(
        Guid id, DeclineReferralRequest body, [FromHeader(Name = IfMatch)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Move(id, ifMatch, version => new DeclineReferral(id, body, version), sender, cancellationToken);

    private static Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> Move(
        Guid id, string? ifMatch, Func<uint?, ICommand<Result>> command, ISender sender, CancellationToken cancellationToken) =>
        sender.MoveAsync(ifMatch, command, () => new GetReferral(id), cancellationToken);
}
