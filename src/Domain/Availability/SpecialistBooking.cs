using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Availability;

public enum BookingStatus
{
    /// <summary>The slot is taken: no other active booking of the specialist may overlap it (an exclusion constraint).</summary>
    Active,

    /// <summary>Freed by a reschedule or a cancellation; kept for the record.</summary>
    Released,
}

/// <summary>
/// A specialist's time slot booked for a consultation, [<see cref="StartsAt"/>, <see cref="EndsAt"/>). The database
/// refuses two active bookings of one specialist that overlap, whatever the number of API instances.
/// </summary>
public sealed class SpecialistBooking : Entity
{
    private SpecialistBooking()
    {
    }

    public Guid SpecialistId { get; private set; }

    public Guid ConsultationId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public BookingStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    public static SpecialistBooking Book(Guid specialistId, Guid consultationId, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(endsAt, startsAt);
        return new SpecialistBooking
        {
            SpecialistId = specialistId,
            ConsultationId = consultationId,
            StartsAt = startsAt,
            EndsAt = endsAt,
            Status = BookingStatus.Active,
            CreatedAt = now,
        };
    }

    public void Release(DateTimeOffset now)
    {
        if (Status == BookingStatus.Active)
        {
            Status = BookingStatus.Released;
            ReleasedAt = now;
        }
    }
}
