using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application.Alliances;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Api.Endpoints;

/// <summary>Alliance pairings, their lifecycle, and the routing rule.</summary>
internal static class PairingsEndpoints
{
    public static IEndpointRouteBuilder MapPairingsEndpoints(this IEndpointRouteBuilder app)
    {
        var pairings = app.MapGroup("/api/pairings").WithTags("Pairings").RequireAuthorization();
        pairings.MapGet("/", List).WithSummary("Pairings your hospital is part of (administrators: all), paged; filter by status, hospitalId, specialty");
        pairings.MapPost("/", Propose).AcceptsIdempotencyKey().WithSummary("Propose a pairing (administrators)");
        pairings.MapGet("/{id:guid}", Get).WithSummary("One pairing");
        pairings.MapPut("/{id:guid}", Update).DocumentsUpdate()
            .WithSummary("Correct a pairing's specialties, goals, agreement date and city party branch (administrators; not once Ended); If-Match: \"version\"");
        pairings.MapPost("/{id:guid}/activate", (Guid id, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken ct) =>
            Transition(id, PairingTransition.Activate, ifMatch, sender, ct)).WithSummary("Proposed or Suspended → Active (administrators)");
        pairings.MapPost("/{id:guid}/suspend", (Guid id, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken ct) =>
            Transition(id, PairingTransition.Suspend, ifMatch, sender, ct)).WithSummary("Active → Suspended (administrators)");
        pairings.MapPost("/{id:guid}/end", (Guid id, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken ct) =>
            Transition(id, PairingTransition.End, ifMatch, sender, ct)).WithSummary("→ Ended, final (administrators)");
        pairings.MapGet("/routes", Routes)
            .WithSummary("Which city departments serve a specialty for a county hospital (the routing rule)");
        return app;
    }

    private static async Task<Results<Ok<PagedResponse<PairingResponse>>, ProblemHttpResult>> List(
        ISender sender, string? status, Guid? hospitalId, string? specialty, int? page, int? pageSize, CancellationToken cancellationToken) =>
        (await sender.Send(new ListPairings(status, hospitalId, specialty, page ?? 1, pageSize ?? Paging.DefaultPageSize), cancellationToken)).ToOk();

    private static async Task<Results<Ok<PairingResponse>, ProblemHttpResult>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetPairing(id), cancellationToken)).ToOk();

    private static async Task<Results<Created<PairingResponse>, ProblemHttpResult>> Propose(
        PairingRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new ProposePairing(request, idempotencyKey), cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error.ToProblem();
        }

        return (await sender.Send(new GetPairing(created.Value), cancellationToken)).ToCreated(p => $"/api/pairings/{p.Id}");
    }

    /// <summary>
    /// A lifecycle move. Optimistic concurrency rides on the standard <c>If-Match</c> header carrying the
    /// <c>version</c> the client read (for example <c>If-Match: "1234"</c>); without it the move applies to the current state.
    /// </summary>
    private static Task<Results<Ok<PairingResponse>, ProblemHttpResult>> Transition(
        Guid id, PairingTransition transition, string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        sender.MoveAsync(ifMatch, version => new ChangePairingStatus(id, transition, version), () => new GetPairing(id), cancellationToken);

    private static Task<Results<Ok<PairingResponse>, ProblemHttpResult>> Update(
        Guid id, UpdatePairingRequest request, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        sender.UpdateAsync(ifMatch, version => new UpdatePairing(id, request, version), () => new GetPairing(id), cancellationToken);

    private static async Task<Results<Ok<IReadOnlyList<RouteResponse>>, ProblemHttpResult>> Routes(
        Guid hospitalId, string specialty, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new FindRoutes(hospitalId, specialty), cancellationToken)).ToOk();
}
