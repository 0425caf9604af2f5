using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application.Reports;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Api.Endpoints;

/// <summary>
/// The administrators' measures (coordinators: their own hospital's) and each pairing's scorecard (whoever sees the
/// pairing), as JSON and as CSV (UTF-8 with a byte-order mark, the same figures).
/// </summary>
internal static class ReportsEndpoints
{
    public static IEndpointRouteBuilder MapReportsEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization();
        reports.MapGet("/kpis", Kpis)
            .WithSummary("Measures over a period (from/to, default this year to date) for the alliance or one hospital: consultations (time to claim, the three rates, a series by interval=day|week|month), referrals, rotation clinician-months, activities, gaps filled");
        reports.MapGet("/kpis.csv", KpisCsv).WithSummary("The same measures as CSV (UTF-8 with BOM)");
        reports.MapGet("/technology-gaps", TechnologyGaps)
            .WithSummary("Gaps identified in a period (default: all), grouped by hospital, specialty or year: statuses, filled, median days to the first case");
        reports.MapGet("/technology-gaps.csv", TechnologyGapsCsv).WithSummary("The same report as CSV (UTF-8 with BOM)");

        // A pairing's scorecard is a report about one pairing: it lives with the reports, under the pairing's address.
        var pairings = app.MapGroup("/api/pairings").WithTags("Reports").RequireAuthorization();
        pairings.MapGet("/{id:guid}/scorecard", Scorecard)
            .WithSummary("One pairing's measures over a period (default: the last 12 months): its consultations, referrals, rotations, mentored gaps and joint activities");
        pairings.MapGet("/{id:guid}/scorecard.csv", ScorecardCsv).WithSummary("The same scorecard as CSV (UTF-8 with BOM)");
        return app;
    }

    private static async Task<Results<Ok<KpiReport>, ProblemHttpResult>> Kpis(
        ISender sender, DateOnly? from, DateOnly? to, Guid? hospitalId, string? interval, CancellationToken cancellationToken) =>
        (await sender.Send(new GetKpiReport(from, to, hospitalId, interval), cancellationToken)).ToOk();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> KpisCsv(
        ISender sender, DateOnly? from, DateOnly? to, Guid? hospitalId, string? interval, CancellationToken cancellationToken) =>
        ToFile(await sender.Send(new ExportKpiReport(from, to, hospitalId, interval), cancellationToken));

    private static async Task<Results<Ok<TechnologyGapReport>, ProblemHttpResult>> TechnologyGaps(
        ISender sender, string? groupBy, DateOnly? from, DateOnly? to, Guid? hospitalId, CancellationToken cancellationToken) =>
        (await sender.Send(new GetTechnologyGapReport(groupBy, from, to, hospitalId), cancellationToken)).ToOk();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> TechnologyGapsCsv(
        ISender sender, string? groupBy, DateOnly? from, DateOnly? to, Guid? hospitalId, CancellationToken cancellationToken) =>
        ToFile(await sender.Send(new ExportTechnologyGapReport(groupBy, from, to, hospitalId), cancellationToken));

    private static async Task<Results<Ok<PairingScorecard>, ProblemHttpResult>> Scorecard(
        Guid id, ISender sender, DateOnly? from, DateOnly? to, string? interval, CancellationToken cancellationToken) =>
        (await sender.Send(new GetPairingScorecard(id, from, to, interval), cancellationToken)).ToOk();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ScorecardCsv(
        Guid id, ISender sender, DateOnly? from, DateOnly? to, string? interval, CancellationToken cancellationToken) =>
        ToFile(await sender.Send(new ExportPairingScorecard(id, from, to, interval), cancellationToken));

    private static Results<FileContentHttpResult, ProblemHttpResult> ToFile(Result<CsvDocument> result) =>
        result.IsSuccess
            ? TypedResults.File(result.Value.Content, CsvDocument.ContentType, result.Value.FileName)
            : result.Error.ToProblem();
}
