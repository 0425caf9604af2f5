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

/// <summary>
/// Rotations (对口帮扶/常驻/进修) and their lifecycle, and coverage. State changes name the version they read in
/// <c>If-Match</c>; an overlap with another of the clinician's rotations is a 409 <c>rotation_overlap</c>.
/// </summary>
internal static class RotationsEndpoints
{
    public static IEndpointRouteBuilder MapRotationsEndpoints(this IEndpointRouteBuilder app)
    {
        var rotations = app.MapGroup("/api/rotations").WithTags("Rotations").RequireAuthorization();
        rotations.MapGet("/", List)
            .WithSummary("Rotations in your scope, latest first, paged; filter by status, role, hospitalId, hostDepartmentId, clinicianId, supportRequestId, from/to");
        rotations.MapPost("/", Plan).AcceptsIdempotencyKey().WithSummary("Plan a rotation (city coordinators, administrators; county coordinators: their clinicians' advanced study)");
        rotations.MapGet("/coverage", Coverage).WithSummary("County departments with someone stationed today, and the support requests still unanswered");
        rotations.MapGet("/{id:guid}", Get).WithSummary("One rotation");
        rotations.MapPut("/{id:guid}", Update).DocumentsUpdate()
            .WithSummary("Correct a rotation's role and objectives (whoever may move it; a Completed or Cancelled one keeps its role); If-Match: \"version\"");
        rotations.MapPost("/{id:guid}/start", (Guid id, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken ct) =>
            Transition(id, ifMatch, version => new ChangeRotationStatus(id, RotationTransition.Start, version), sender, ct))
            .WithSummary("Planned → Active; If-Match: \"version\"");
        rotations.MapPost("/{id:guid}/complete", (Guid id, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken ct) =>
            Transition(id, ifMatch, version => new ChangeRotationStatus(id, RotationTransition.Complete, version), sender, ct))
            .WithSummary("Active → Completed; If-Match: \"version\"");
        rotations.MapPost("/{id:guid}/cancel", Cancel).WithSummary("Planned or Active → Cancelled, with the reason; If-Match: \"version\"");
        rotations.MapPost("/{id:guid}/reschedule", Reschedule)
            .WithSummary("Move the period of a Planned or Active rotation (an active one keeps its start); If-Match: \"version\"");
        return app;
    }

    private static async Task<Results<Ok<PagedResponse<RotationResponse>>, ProblemHttpResult>> List(
        ISender sender,
        string? status,
        string? role,
        Guid? hospitalId,
        Guid? hostDepartmentId,
        Guid? clinicianId,
        Guid? supportRequestId,
        DateOnly? from,
        DateOnly? to,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken) =>
        (await sender.Send(
            new ListRotations(status, role, hospitalId, hostDepartmentId, clinicianId, supportRequestId, from, to, page ?? 1, pageSize ?? Paging.DefaultPageSize),
            cancellationToken)).ToOk();

    private static async Task<Results<Ok<RotationResponse>, ProblemHttpResult>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetRotation(id), cancellationToken)).ToOk();

    private static async Task<Results<Ok<CoverageResponse>, ProblemHttpResult>> Coverage(ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetCoverage(), cancellationToken)).ToOk();

    private static async Task<Results<Created<RotationResponse>, ProblemHttpResult>> Plan(
        RotationRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new PlanRotation(request, idempotencyKey), cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error.ToProblem();
        }

        return (await sender.Send(new GetRotation(created.Value), cancellationToken)).ToCreated(r => $"/api/rotations/{r.Id}");
    }

    private static Task<Results<Ok<RotationResponse>, ProblemHttpResult>> Update(
        Guid id, UpdateRotationRequest request, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        sender.UpdateAsync(ifMatch, version => new UpdateRotation(id, request, version), () => new GetRotation(id), cancellationToken);

    private static Task<Results<Ok<RotationResponse>, ProblemHttpResult>> Cancel(
        Guid id, CancelRotationRequest request, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Transition(id, ifMatch, version => new CancelRotation(id, request, version), sender, cancellationToken);

    private static Task<Results<Ok<RotationResponse>, ProblemHttpResult>> Reschedule(
        Guid id, RescheduleRotationRequest request, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Transition(id, ifMatch, version => new RescheduleRotation(id, request, version), sender, cancellationToken);

    /// <summary>A change of state: the command built with the version from <c>If-Match</c>, then the rotation read back.</summary>
    private static Task<Results<Ok<RotationResponse>, ProblemHttpResult>> Transition(
        Guid id, string? ifMatch, Func<uint?, ICommand<Result>> command, ISender sender, CancellationToken cancellationToken) =>
        sender.MoveAsync(ifMatch, command, () => new GetRotation(id), cancellationToken);
}
