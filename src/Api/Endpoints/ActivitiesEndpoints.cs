using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application.Activities;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Contracts.Activities;
using SpecialtyAlliance.Contracts.Common;

namespace SpecialtyAlliance.Api.Endpoints;

/// <summary>Joint activities (联建活动) of the alliance's hospitals and party branches.</summary>
internal static class ActivitiesEndpoints
{
    public static IEndpointRouteBuilder MapActivitiesEndpoints(this IEndpointRouteBuilder app)
    {
        var activities = app.MapGroup("/api/activities").WithTags("Activities").RequireAuthorization();
        activities.MapGet("/", List).WithSummary("Activities your hospital took part in (administrators: all), latest first, paged; filter by kind, hospitalId, from/to");
        activities.MapPost("/", Record).AcceptsIdempotencyKey().WithSummary("Record an activity that took place (coordinators of a hospital involved, administrators)");
        activities.MapGet("/{id:guid}", Get).WithSummary("One activity");
        activities.MapPut("/{id:guid}", Update).DocumentsUpdate()
            .WithSummary("Correct an activity's record (coordinators of a hospital involved, administrators); If-Match: \"version\"");
        return app;
    }

    private static async Task<Results<Ok<PagedResponse<ActivityResponse>>, ProblemHttpResult>> List(
        ISender sender, string? kind, Guid? hospitalId, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken cancellationToken) =>
        (await sender.Send(new ListActivities(kind, hospitalId, from, to, page ?? 1, pageSize ?? Paging.DefaultPageSize), cancellationToken)).ToOk();

    private static async Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetActivity(id), cancellationToken)).ToOk();

    private static Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> Update(
        Guid id, UpdateActivityRequest request, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        sender.UpdateAsync(ifMatch, version => new UpdateActivity(id, request, version), () => new GetActivity(id), cancellationToken);

    private static async Task<Results<Created<ActivityResponse>, ProblemHttpResult>> Record(
        ActivityRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new RecordActivity(request, idempotencyKey), cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error.ToProblem();
        }

        return (await sender.Send(new GetActivity(created.Value), cancellationToken)).ToCreated(a => $"/api/activities/{a.Id}");
    }
}
