using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application.Reports;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Api.Endpoints;

/// <summary>
/// The administrators' measures (coordinators: their own hospital's), as JSON and as CSV (UTF-8 with a byte-order
/// mark, the same figures).
/// </summary>
internal static class ReportsEndpoints
{
    public static IEndpointRouteBuilder MapReportsEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization();
        reports.MapGet("/kpis", Kpis)
            .WithSummary("Measures over a period (from/to, default this year to date) for the alliance or one hospital: rotation clinician-months, activities, gaps filled");
        reports.MapGet("/kpis.csv", KpisCsv).WithSummary("The same measures as CSV (UTF-8 with BOM)");
        reports.MapGet("/technology-gaps", TechnologyGaps)
            .WithSummary("Gaps identified in a period (default: all), grouped by hospital, specialty or year: statuses, filled, median days to the first case");
        reports.MapGet("/technology-gaps.csv", TechnologyGapsCsv).WithSummary("The same report as CSV (UTF-8 with BOM)");
        return app;
    }

    private static async Task<Results<Ok<KpiReport>, ProblemHttpResult>> Kpis(
        ISender sender, DateOnly? from, DateOnly? to, Guid? hospitalId, CancellationToken cancellationToken) =>
        (await sender.Send(new GetKpiReport(from, to, hospitalId), cancellationToken)).ToOk();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> KpisCsv(
        ISender sender, DateOnly? from, DateOnly? to, Guid? hospitalId, CancellationToken cancellationToken) =>
        ToFile(await sender.Send(new ExportKpiReport(from, to, hospitalId), cancellationToken));

    private static async Task<Results<Ok<TechnologyGapReport>, ProblemHttpResult>> TechnologyGaps(
        ISender sender, string? groupBy, DateOnly? from, DateOnly? to, Guid? hospitalId, CancellationToken cancellationToken) =>
        (await sender.Send(new GetTechnologyGapReport(groupBy, from, to, hospitalId), cancellationToken)).ToOk();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> TechnologyGapsCsv(
        ISender sender, string? groupBy, DateOnly? from, DateOnly? to, Guid? hospitalId, CancellationToken cancellationToken) =>
        ToFile(await sender.Send(new ExportTechnologyGapReport(groupBy, from, to, hospitalId), cancellationToken));

    private static Results<FileContentHttpResult, ProblemHttpResult> ToFile(Result<CsvDocument> result) =>
        result.IsSuccess
            ? TypedResults.File(result.Value.Content, CsvDocument.ContentType, result.Value.FileName)
            : result.Error!.ToProblem();
}
