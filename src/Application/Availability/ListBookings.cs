using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Availability;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Availability;

/// <summary>
/// A specialist's bookings overlapping [from, to) — by default the next 14 days — active and released, in time order.
/// The consultation of a booking is named only to those who may see that consultation.
/// </summary>
public sealed record ListBookings(Guid SpecialistId, DateTimeOffset? From = null, DateTimeOffset? To = null)
    : IQuery<Result<IReadOnlyList<BookingResponse>>>;

public sealed class ListBookingsValidator : AbstractValidator<ListBookings>
{
    public static readonly TimeSpan MaxRange = TimeSpan.FromDays(92);

    public ListBookingsValidator()
    {
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must be after 'from'.");
        RuleFor(q => q.To).Must((q, to) => to - q.From <= MaxRange)
            .When(q => q.From is not null && q.To is not null && q.To > q.From)
            .WithMessage($"Ask for at most {MaxRange.TotalDays:0} days at a time.");
    }
}

public sealed class ListBookingsHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListBookings, Result<IReadOnlyList<BookingResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<BookingResponse>>> Handle(ListBookings query, CancellationToken cancellationToken)
    {
        if (!await db.SpecialistsVisibleTo(user).AnyAsync(s => s.Id == query.SpecialistId, cancellationToken))
        {
            return Error.NotFound("The specialist");
        }

        var from = query.From ?? (query.To is { } end ? end - TimeSpan.FromDays(14) : clock.GetUtcNow());
        var to = query.To ?? from + TimeSpan.FromDays(14);
        var visible = db.Consultations.VisibleTo(user).Select(c => c.Id);
        return await db.Bookings.AsNoTracking()
            .Where(b => b.SpecialistId == query.SpecialistId && b.StartsAt < to && from < b.EndsAt)
            .OrderBy(b => b.StartsAt).ThenBy(b => b.CreatedAt)
            .Select(b => new BookingResponse(
                b.Id,
                b.SpecialistId,
                visible.Contains(b.ConsultationId) ? b.ConsultationId : (Guid?)null,
                b.StartsAt,
                b.EndsAt,
                b.Status.ToWire()))
            .ToListAsync(cancellationToken);
    }
}
