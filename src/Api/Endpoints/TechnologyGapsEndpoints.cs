using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Application.TechnologyGaps;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Api.Endpoints;

/// <summary>Technology gaps (技术空白) and their lifecycle; each move names the version it read in <c>If-Match</c>.</summary>
internal static class TechnologyGapsEndpoints
{
    public static IEndpointRouteBuilder MapTechnologyGapsEndpoints(this IEndpointRouteBuilder app)
    {
        var gaps = app.MapGroup("/api/technology-gaps").WithTags("Technology gaps").RequireAuthorization();
        gaps.MapGet("/", List).WithSummary("Technology gaps in your scope, latest identified first, paged; filter by status, hospitalId, specialty, scope, priority");
        gaps.MapPost("/", Declare).AcceptsIdempotencyKey().WithSummary("Declare a gap (the county hospital's coordinators, administrators)");
        gaps.MapGet("/{id:guid}", Get).WithSummary("One technology gap");
        gaps.MapPut("/{id:guid}", Update).DocumentsUpdate()
            .WithSummary("Correct a gap's technique, description, scope, priority, target date (the county hospital's coordinators, administrators); If-Match");
        gaps.MapPost("/{id:guid}/plan", Plan)
            .WithSummary("Identified → Planned, or re-plan: mentoring city department, lead mentor, target date (city coordinators, administrators); If-Match");
        gaps.MapPost("/{id:guid}/first-case", FirstCase)
            .WithSummary("Planned → FirstCasePerformed (the county's coordinators, the mentoring department's specialists, administrators); If-Match");
        gaps.MapPost("/{id:guid}/establish", Establish)
            .WithSummary("FirstCasePerformed → Established (the county's coordinators, administrators); If-Match");
        gaps.MapPost("/{id:guid}/abandon", Abandon)
            .WithSummary("Identified, Planned or FirstCasePerformed → Abandoned, with the reason; If-Match");
        return app;
    }

    private static async Task<Results<Ok<PagedResponse<TechnologyGapResponse>>, ProblemHttpResult>> List(
        ISender sender, string? status, Guid? hospitalId, string? specialty, string? scope, string? priority, int? page, int? pageSize, CancellationToken cancellationToken) =>
        (await sender.Send(new ListTechnologyGaps(status, hospitalId, specialty, scope, priority, page ?? 1, pageSize ?? Paging.DefaultPageSize), cancellationToken)).ToOk();

    private static async Task<Results<Ok<TechnologyGapResponse>, ProblemHttpResult>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetTechnologyGap(id), cancellationToken)).ToOk();

    private static async Task<Results<Created<TechnologyGapResponse>, ProblemHttpResult>> Declare(
        TechnologyGapRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new DeclareTechnologyGap(request, idempotencyKey), cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error.ToProblem();
        }

        return (await sender.Send(new GetTechnologyGap(created.Value), cancellationToken)).ToCreated(g => $"/api/technology-gaps/{g.Id}");
    }

    private static Task<Results<Ok<TechnologyGapResponse>, ProblemHttpResult>> Update(
        Guid id, UpdateTechnologyGapRequest request, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        sender.UpdateAsync(ifMatch, version => new UpdateTechnologyGap(id, request, version), () => new GetTechnologyGap(id), cancellationToken);

    private static Task<Results<Ok<TechnologyGapResponse>, ProblemHttpResult>> Plan(
        Guid id, PlanTechnologyGapRequest request, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Transition(id, ifMatch, version => new PlanTechnologyGap(id, request, version), sender, cancellationToken);

    private static Task<Results<Ok<TechnologyGapResponse>, ProblemHttpResult>> FirstCase(
        Guid id, FirstCaseRequest request, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Transition(id, ifMatch, version => new RecordFirstCase(id, request, version), sender, cancellationToken);

    private static Task<Results<Ok<TechnologyGapResponse>, ProblemHttpResult>> Establish(
        Guid id, EstablishTechnologyGapRequest request, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Transition(id, ifMatch, version => new EstablishTechnologyGap(id, request, version), sender, cancellationToken);

    private static Task<Results<Ok<TechnologyGapResponse>, ProblemHttpResult>> Abandon(
        Guid id, AbandonTechnologyGapRequest request, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Transition(id, ifMatch, version => new AbandonTechnologyGap(id, request, version), sender, cancellationToken);

    private static Task<Results<Ok<TechnologyGapResponse>, ProblemHttpResult>> Transition(
        Guid id, string? ifMatch, Func<uint?, ICommand<Result>> command, ISender sender, CancellationToken cancellationToken) =>
        sender.MoveAsync(ifMatch, command, () => new GetTechnologyGap(id), cancellationToken);
}
