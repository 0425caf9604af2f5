using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Application.Rotations;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Api.Endpoints;

/// <summary>Support requests (帮扶需求): a county hospital asks the city for help.</summary>
internal static class SupportRequestsEndpoints
{
    public static IEndpointRouteBuilder MapSupportRequestsEndpoints(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/support-requests").WithTags("Rotations").RequireAuthorization();
        requests.MapGet("/", List).WithSummary("Support requests in your scope, newest first, paged; filter by status, hospitalId, specialty");
        requests.MapPost("/", Create).AcceptsIdempotencyKey().WithSummary("Ask for support (the county hospital's coordinators, administrators)");
        requests.MapGet("/{id:guid}", Get).WithSummary("One support request, with the rotations that answer it");
        requests.MapPut("/{id:guid}", Update).DocumentsUpdate()
            .WithSummary("Correct what a support request asks for (the county hospital's coordinators, administrators; not once Withdrawn); If-Match: \"version\"");
        requests.MapPost("/{id:guid}/withdraw", Withdraw).WithSummary("Open → Withdrawn (the county hospital's coordinators, administrators); If-Match: \"version\"");
        return app;
    }

    private static async Task<Results<Ok<PagedResponse<SupportRequestResponse>>, ProblemHttpResult>> List(
        ISender sender, string? status, Guid? hospitalId, string? specialty, int? page, int? pageSize, CancellationToken cancellationToken) =>
        (await sender.Send(new ListSupportRequests(status, hospitalId, specialty, page ?? 1, pageSize ?? Paging.DefaultPageSize), cancellationToken)).ToOk();

    private static async Task<Results<Ok<SupportRequestResponse>, ProblemHttpResult>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetSupportRequest(id), cancellationToken)).ToOk();

    private static async Task<Results<Created<SupportRequestResponse>, ProblemHttpResult>> Create(
        SupportRequestRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new CreateSupportRequest(request, idempotencyKey), cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error.ToProblem();
        }

        return (await sender.Send(new GetSupportRequest(created.Value), cancellationToken)).ToCreated(s => $"/api/support-requests/{s.Id}");
    }

    private static Task<Results<Ok<SupportRequestResponse>, ProblemHttpResult>> Update(
        Guid id, UpdateSupportRequestRequest request, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        sender.UpdateAsync(ifMatch, version => new UpdateSupportRequest(id, request, version), () => new GetSupportRequest(id), cancellationToken);

    private static Task<Results<Ok<SupportRequestResponse>, ProblemHttpResult>> Withdraw(
        Guid id, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        sender.MoveAsync(ifMatch, version => new WithdrawSupportRequest(id, version), () => new GetSupportRequest(id), cancellationToken);
}
