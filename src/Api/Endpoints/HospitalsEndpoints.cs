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

/// <summary>Hospitals, their departments, party branches and the specialty catalogue.</summary>
internal static class HospitalsEndpoints
{
    public static IEndpointRouteBuilder MapHospitalsEndpoints(this IEndpointRouteBuilder app)
    {
        var hospitals = app.MapGroup("/api/hospitals").WithTags("Hospitals").RequireAuthorization();
        hospitals.MapGet("/", List).WithSummary("Hospitals you may see (administrators: all), paged");
        hospitals.MapPost("/", Create).AcceptsIdempotencyKey().WithSummary("Add a hospital (administrators)");
        hospitals.MapGet("/{id:guid}", Get).WithName("GetHospital").WithSummary("One hospital");
        hospitals.MapPut("/{id:guid}", Update).DocumentsUpdate()
            .WithSummary("Change a hospital (administrators); send the version you read as If-Match (or, as before, as `version` in the body)");
        hospitals.MapGet("/{id:guid}/departments", ListDepartments).WithSummary("A hospital's departments");
        hospitals.MapPost("/{id:guid}/departments", CreateDepartment).AcceptsIdempotencyKey().WithSummary("Add a department (administrators, the hospital's coordinators)");

        var departments = app.MapGroup("/api/departments").WithTags("Hospitals").RequireAuthorization();
        departments.MapGet("/{id:guid}", GetDepartment).WithSummary("One department");
        departments.MapPut("/{id:guid}", UpdateDepartment).DocumentsUpdate()
            .WithSummary("Correct a department's name and specialty (administrators, the hospital's coordinators); If-Match: \"version\"");

        var branches = app.MapGroup("/api/party-branches").WithTags("Hospitals").RequireAuthorization();
        branches.MapGet("/", ListBranches).WithSummary("Party branches you may see, paged");
        branches.MapPost("/", CreateBranch).AcceptsIdempotencyKey().WithSummary("Add a party branch (administrators, the hospital's coordinators)");
        branches.MapGet("/{id:guid}", GetBranch).WithSummary("One party branch");
        branches.MapPut("/{id:guid}", UpdateBranch).DocumentsUpdate()
            .WithSummary("Correct a party branch (administrators, the hospital's coordinators); If-Match: \"version\"");

        app.MapGet("/api/specialties", ListSpecialties).WithTags("Hospitals").RequireAuthorization()
            .WithSummary("The fixed specialty catalogue");
        return app;
    }

    private static async Task<Results<Ok<PagedResponse<HospitalResponse>>, ProblemHttpResult>> List(
        ISender sender, string? tier, int? page, int? pageSize, CancellationToken cancellationToken) =>
        (await sender.Send(new ListHospitals(tier, page ?? 1, pageSize ?? Paging.DefaultPageSize), cancellationToken)).ToOk();

    private static async Task<Results<Ok<HospitalResponse>, ProblemHttpResult>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetHospital(id), cancellationToken)).ToOk();

    private static async Task<Results<Created<HospitalResponse>, ProblemHttpResult>> Create(
        HospitalRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new CreateHospital(request, idempotencyKey), cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error.ToProblem();
        }

        var hospital = await sender.Send(new GetHospital(created.Value), cancellationToken);
        return hospital.ToCreated(h => $"/api/hospitals/{h.Id}");
    }

    /// <summary>
    /// The hospital's version comes from If-Match like every other update; the body's <c>version</c> (the older way)
    /// is still read when the header is absent, and the two must agree when both are sent.
    /// </summary>
    private static Task<Results<Ok<HospitalResponse>, ProblemHttpResult>> Update(
        Guid id, HospitalRequest request, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken cancellationToken)
    {
        if (!Versions.TryParseIfMatch(ifMatch, out var headerVersion))
        {
            return Task.FromResult<Results<Ok<HospitalResponse>, ProblemHttpResult>>(Versions.InvalidIfMatch().ToProblem());
        }

        if (headerVersion is { } h && request.Version is { } b && h != b)
        {
            return Task.FromResult<Results<Ok<HospitalResponse>, ProblemHttpResult>>(
                Error.Validation("version", "The body's version and If-Match name different versions.").ToProblem());
        }

        var version = headerVersion ?? request.Version;
        return sender.UpdateAsync(
            version?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            v => new UpdateHospital(id, request with { Version = v }),
            () => new GetHospital(id),
            cancellationToken);
    }

    private static Task<Results<Ok<DepartmentResponse>, ProblemHttpResult>> UpdateDepartment(
        Guid id, UpdateDepartmentRequest request, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        sender.UpdateAsync(ifMatch, version => new UpdateDepartment(id, request, version), () => new GetDepartment(id), cancellationToken);

    private static Task<Results<Ok<PartyBranchResponse>, ProblemHttpResult>> UpdateBranch(
        Guid id, UpdatePartyBranchRequest request, [FromHeader(Name = Moves.IfMatchHeader)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        sender.UpdateAsync(ifMatch, version => new UpdatePartyBranch(id, request, version), () => new GetPartyBranch(id), cancellationToken);

    private static async Task<Results<Ok<IReadOnlyList<DepartmentResponse>>, ProblemHttpResult>> ListDepartments(
        Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new ListDepartments(id), cancellationToken)).ToOk();

    private static async Task<Results<Ok<DepartmentResponse>, ProblemHttpResult>> GetDepartment(
        Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetDepartment(id), cancellationToken)).ToOk();

    private static async Task<Results<Created<DepartmentResponse>, ProblemHttpResult>> CreateDepartment(
        Guid id, DepartmentRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new CreateDepartment(id, request, idempotencyKey), cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error.ToProblem();
        }

        return (await sender.Send(new GetDepartment(created.Value), cancellationToken)).ToCreated(d => $"/api/departments/{d.Id}");
    }

    private static async Task<Results<Ok<PagedResponse<PartyBranchResponse>>, ProblemHttpResult>> ListBranches(
        ISender sender, Guid? hospitalId, int? page, int? pageSize, CancellationToken cancellationToken) =>
        (await sender.Send(new ListPartyBranches(hospitalId, page ?? 1, pageSize ?? Paging.DefaultPageSize), cancellationToken)).ToOk();

    private static async Task<Results<Ok<PartyBranchResponse>, ProblemHttpResult>> GetBranch(
        Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetPartyBranch(id), cancellationToken)).ToOk();

    private static async Task<Results<Created<PartyBranchResponse>, ProblemHttpResult>> CreateBranch(
        PartyBranchRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new CreatePartyBranch(request, idempotencyKey), cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error.ToProblem();
        }

        return (await sender.Send(new GetPartyBranch(created.Value), cancellationToken)).ToCreated(b => $"/api/party-branches/{b.Id}");
    }

    private static Ok<IReadOnlyList<SpecialtyResponse>> ListSpecialties() =>
        TypedResults.Ok<IReadOnlyList<SpecialtyResponse>>([.. Specialty.All.Select(s => new SpecialtyResponse(s.Code, s.NameZh, s.NameEn))]);
}
