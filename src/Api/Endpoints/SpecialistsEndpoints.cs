using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application.Availability;
using SpecialtyAlliance.Contracts.Availability;

namespace SpecialtyAlliance.Api.Endpoints;

/// <summary>Specialists' published availability and their booked slots.</summary>
internal static class SpecialistsEndpoints
{
    public static IEndpointRouteBuilder MapSpecialistsEndpoints(this IEndpointRouteBuilder app)
    {
        var specialists = app.MapGroup("/api/specialists").WithTags("Availability").RequireAuthorization();
        specialists.MapGet("/{id:guid}/availability", GetAvailability)
            .WithSummary("A specialist's availability: weekly windows (Asia/Shanghai local time) and one-off blocks");
        specialists.MapPost("/{id:guid}/availability", SetAvailability)
            .WithSummary("Publish your availability (the specialist themself): replaces the weekly windows and one-off blocks; bookings stand");
        specialists.MapGet("/{id:guid}/bookings", ListBookings)
            .WithSummary("A specialist's bookings overlapping [from, to) (default: the next 14 days; at most 92 days)");
        return app;
    }

    private static async Task<Results<Ok<AvailabilityResponse>, ProblemHttpResult>> GetAvailability(
        Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetAvailability(id), cancellationToken)).ToOk();

    private static async Task<Results<Ok<AvailabilityResponse>, ProblemHttpResult>> SetAvailability(
        Guid id, AvailabilityRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var set = await sender.Send(new SetAvailability(id, request), cancellationToken);
        return set.IsSuccess
            ? (await sender.Send(new GetAvailability(id), cancellationToken)).ToOk()
            : set.Error.ToProblem();
    }

    private static async Task<Results<Ok<IReadOnlyList<BookingResponse>>, ProblemHttpResult>> ListBookings(
        Guid id, DateTimeOffset? from, DateTimeOffset? to, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new ListBookings(id, from, to), cancellationToken)).ToOk();
}
