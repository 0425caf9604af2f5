using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Application.Consultations;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Api.Endpoints;

/// <summary>
/// Teleconsultations: request, list, the live queue, one consultation with its history, and every move of its lifecycle.
/// Each move answers with the consultation as it now is; <c>If-Match: "version"</c> makes it fail with 409
/// <c>concurrency</c> when someone changed it since you read it. Moves that carry data take a required body.
/// </summary>
internal static class ConsultationsEndpoints
{
    private const string IfMatch = Moves.IfMatchHeader;

    public static IEndpointRouteBuilder MapConsultationsEndpoints(this IEndpointRouteBuilder app)
    {
        var consultations = app.MapGroup("/api/consultations").WithTags("Consultations").RequireAuthorization();
        consultations.MapPost("/", Request).AcceptsIdempotencyKey()
            .WithSummary("Request a consultation (county clinicians); routed by the alliance's Active pairings; send Idempotency-Key so a retry creates nothing new");
        consultations.MapGet("/", List)
            .WithSummary("Consultations you may see, newest first, paged; filter by status, specialty, urgency, hospitalId, claimedBy, from/to (request time)");
        consultations.MapGet("/queue", Queue)
            .WithSummary("Specialists: the requests waiting for your department (optionally one specialty), most urgent first, with the asOf sequence for live updates");
        consultations.MapGet("/response-targets", ResponseTargets)
            .WithSummary("How long a request of each urgency may wait to be claimed before it is overdue (minutes), as configured");
        consultations.MapGet("/{id:guid}", Get).WithSummary("One consultation with its history, booking and the moves you may make (allowedActions)");
        consultations.MapPost("/{id:guid}/claim", Claim).WithSummary("Requested → Claimed (a specialist of a routed department); exclusive: one claim wins, others get 409");
        consultations.MapPost("/{id:guid}/release", Release).WithSummary("Claimed → Requested, back to the queue (the claiming specialist)");
        consultations.MapPost("/{id:guid}/request-info", RequestInfo).WithSummary("Claimed → InfoRequested, with the question (the claiming specialist)");
        consultations.MapPost("/{id:guid}/provide-info", ProvideInfo).WithSummary("InfoRequested → Requested, with the answer; back to the queue (the requester)");
        consultations.MapPost("/{id:guid}/schedule", Schedule)
            .WithSummary("Claimed → Scheduled: books 15–120 minutes inside the specialist's availability (the claiming specialist); 409 slot_taken on overlap");
        consultations.MapPost("/{id:guid}/reschedule", Reschedule).WithSummary("Scheduled → Scheduled at a new slot; the old one is freed (the claiming specialist)");
        consultations.MapPost("/{id:guid}/start", Start).WithSummary("Scheduled → InProgress (the claiming specialist)");
        consultations.MapPost("/{id:guid}/complete", Complete)
            .WithSummary("InProgress → Completed with the opinion and recommendation: ManageLocally, ReferUp, FollowUp + followUpDays (the claiming specialist)");
        consultations.MapPost("/{id:guid}/close-out", CloseOut).WithSummary("Completed → Closed with the survey: satisfaction 1–5, referralAvoided (the requester)");
        consultations.MapPost("/{id:guid}/reject", Reject).WithSummary("Requested or Claimed → Rejected, with the reason (a routed specialist)");
        consultations.MapPost("/{id:guid}/cancel", Cancel)
            .WithSummary("Requested, Claimed, InfoRequested or Scheduled → Cancelled, with the reason; frees the booking (the requester, or the requesting hospital's coordinators)");
        return app;
    }

    private static async Task<Results<Created<ConsultationResponse>, ProblemHttpResult>> Request(
        ConsultationRequest request,
        [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
        ISender sender,
        CancellationToken cancellationToken)
    {
        var created = await sender.Send(new RequestConsultation(request, idempotencyKey), cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error.ToProblem();
        }

        return (await sender.Send(new GetConsultation(created.Value), cancellationToken)).ToCreated(c => $"/api/consultations/{c.Id}");
    }

    private static async Task<Results<Ok<PagedResponse<ConsultationSummaryResponse>>, ProblemHttpResult>> List(
        ISender sender,
        string? status,
        string? specialty,
        string? urgency,
        Guid? hospitalId,
        Guid? claimedBy,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken) =>
        (await sender.Send(
            new ListConsultations(status, specialty, urgency, hospitalId, from, to, page ?? 1, pageSize ?? Paging.DefaultPageSize, claimedBy),
            cancellationToken)).ToOk();

    private static async Task<Results<Ok<QueueResponse>, ProblemHttpResult>> Queue(ISender sender, string? specialty, CancellationToken cancellationToken) =>
        (await sender.Send(new GetConsultationQueue(specialty), cancellationToken)).ToOk();

    private static async Task<Results<Ok<IReadOnlyList<ResponseTargetResponse>>, ProblemHttpResult>> ResponseTargets(
        ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetResponseTargets(), cancellationToken)).ToOk();

    private static async Task<Results<Ok<ConsultationResponse>, ProblemHttpResult>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetConsultation(id), cancellationToken)).ToOk();

    private static Task<Results<Ok<ConsultationResponse>, ProblemHttpResult>> Claim(
        Guid id, [FromHeader(Name = IfMatch)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Move(id, ifMatch, version => new ClaimConsultation(id, version), sender, cancellationToken);

    private static Task<Results<Ok<ConsultationResponse>, ProblemHttpResult>> Release(
        Guid id, [FromHeader(Name = IfMatch)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Move(id, ifMatch, version => new ReleaseConsultation(id, version), sender, cancellationToken);

    private static Task<Results<Ok<ConsultationResponse>, ProblemHttpResult>> RequestInfo(
        Guid id, RequestInfoRequest body, [FromHeader(Name = IfMatch)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Move(id, ifMatch, version => new RequestConsultationInfo(id, body, version), sender, cancellationToken);

    private static Task<Results<Ok<ConsultationResponse>, ProblemHttpResult>> ProvideInfo(
        Guid id, ProvideInfoRequest body, [FromHeader(Name = IfMatch)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Move(id, ifMatch, version => new ProvideConsultationInfo(id, body, version), sender, cancellationToken);

    private static Task<Results<Ok<ConsultationResponse>, ProblemHttpResult>> Schedule(
        Guid id, ScheduleRequest body, [FromHeader(Name = IfMatch)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Move(id, ifMatch, version => new ScheduleConsultation(id, body, version), sender, cancellationToken);

    private static Task<Results<Ok<ConsultationResponse>, ProblemHttpResult>> Reschedule(
        Guid id, ScheduleRequest body, [FromHeader(Name = IfMatch)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Move(id, ifMatch, version => new RescheduleConsultation(id, body, version), sender, cancellationToken);

    private static Task<Results<Ok<ConsultationResponse>, ProblemHttpResult>> Start(
        Guid id, [FromHeader(Name = IfMatch)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Move(id, ifMatch, version => new StartConsultation(id, version), sender, cancellationToken);

    private static Task<Results<Ok<ConsultationResponse>, ProblemHttpResult>> Complete(
        Guid id, CompleteRequest body, [FromHeader(Name = IfMatch)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Move(id, ifMatch, version => new CompleteConsultation(id, body, version), sender, cancellationToken);

    private static Task<Results<Ok<ConsultationResponse>, ProblemHttpResult>> CloseOut(
        Guid id, CloseOutRequest body, [FromHeader(Name = IfMatch)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Move(id, ifMatch, version => new CloseOutConsultation(id, body, version), sender, cancellationToken);

    private static Task<Results<Ok<ConsultationResponse>, ProblemHttpResult>> Reject(
        Guid id, ReasonRequest body, [FromHeader(Name = IfMatch)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Move(id, ifMatch, version => new RejectConsultation(id, body, version), sender, cancellationToken);

    private static Task<Results<Ok<ConsultationResponse>, ProblemHttpResult>> Cancel(
        Guid id, ReasonRequest body, [FromHeader(Name = IfMatch)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        Move(id, ifMatch, version => new CancelConsultation(id, body, version), sender, cancellationToken);

    /// <summary>A move: the version named in If-Match (if any), the command, then the consultation read back.</summary>
    private static Task<Results<Ok<ConsultationResponse>, ProblemHttpResult>> Move(
        Guid id, string? ifMatch, Func<uint?, ICommand<Result>> command, ISender sender, CancellationToken cancellationToken) =>
        sender.MoveAsync(ifMatch, command, () => new GetConsultation(id), cancellationToken);
}
