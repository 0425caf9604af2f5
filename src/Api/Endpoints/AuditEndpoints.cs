using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application.Auditing;
using SpecialtyAlliance.Application.Reports;
using SpecialtyAlliance.Contracts.Auditing;
using SpecialtyAlliance.Contracts.Common;

namespace SpecialtyAlliance.Api.Endpoints;

/// <summary>The audit trail (ADR 0038): append-only, read by administrators and, for their hospital's records, coordinators.</summary>
internal static class AuditEndpoints
{
    private const string Filters =
        "Filters: `entity` (a record type such as AlliancePairing, Department, PartyBranch, SupportRequest, AssistanceRotation, "
        + "TechnologyGap, JointActivity, Hospital…), `entityId`, `actorId`, `from`/`to` (days in Asia/Shanghai, both included). "
        + "Administrators read every entry; coordinators the entries about their own hospital's records; others 403. An entity "
        + "outside your scope matches nothing (an empty list). Bad filters: 400 with field errors.";

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api").WithTags("Audit").RequireAuthorization();
        audit.MapGet("/audit", List)
            .WithSummary("Who changed what: audit entries, newest first, paged, each with the actor's name and every changed field from → to")
            .WithDescription(Filters);
        audit.MapGet("/audit.csv", Csv)
            .WithSummary("The same entries as CSV (UTF-8 with BOM, one record per changed field, Beijing time)")
            .WithDescription(Filters);
        return app;
    }

    private static async Task<Results<Ok<PagedResponse<AuditEntryResponse>>, ProblemHttpResult>> List(
        ISender sender, string? entity, string? entityId, Guid? actorId, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken cancellationToken) =>
        (await sender.Send(new ListAuditEntries(entity, entityId, actorId, from, to, page ?? 1, pageSize ?? Paging.DefaultPageSize), cancellationToken)).ToOk();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Csv(
        ISender sender, string? entity, string? entityId, Guid? actorId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ExportAuditEntries(entity, entityId, actorId, from, to), cancellationToken);
        return result.IsSuccess
            ? TypedResults.File(result.Value.Content, CsvDocument.ContentType, result.Value.FileName)
            : result.Error.ToProblem();
    }
}
