using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application.Staff;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Staff;

namespace SpecialtyAlliance.Api.Endpoints;

/// <summary>Hospitals' staff, by name: what the web client's pickers choose people from.</summary>
internal static class StaffEndpoints
{
    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/hospitals/{id:guid}/staff", List).WithTags("Hospitals").RequireAuthorization()
            .WithSummary("A hospital's staff by name, paged; filter by departmentId and role (a hospital you may not see: 404)");
        return app;
    }

    private static async Task<Results<Ok<PagedResponse<StaffResponse>>, ProblemHttpResult>> List(
        Guid id, ISender sender, Guid? departmentId, string? role, int? page, int? pageSize, CancellationToken cancellationToken) =>
        (await sender.Send(new ListStaff(id, departmentId, role, page ?? 1, pageSize ?? Paging.DefaultPageSize), cancellationToken)).ToOk();
}
