using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Consultations;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>
/// What the live feed says of a numbered consultation change (the hub's <c>ConsultationChanged</c>), and its sending once
/// the change commits. Persistence numbers each saved change and hands it here; the message is this layer's word, sent
/// through <see cref="IAfterCommit"/> to the requesting hospital and the routed departments only (ADR 0008). A host with no
/// live channel (the tests' migration and seeding tool) has no <see cref="IConsultationFeed"/>: nobody to tell.
/// </summary>
public sealed class ConsultationChanges(IAfterCommit afterCommit, TimeProvider clock, IConsultationFeed? feed = null)
{
    /// <summary>Queues the live message of <paramref name="consultation"/>'s change numbered <paramref name="sequence"/>.</summary>
    public void Numbered(Consultation consultation, long sequence)
    {
        if (feed is null)
        {
            return;
        }

        var change = Compose(consultation, sequence, clock.GetUtcNow());
        var routed = consultation.RoutedDepartmentIds.ToArray();
        afterCommit.Add(ct => feed.PublishAsync(change, routed, ct));
    }

    /// <summary>The message as a read of the row would say it (times to PostgreSQL's microseconds).</summary>
    public static ConsultationChanged Compose(Consultation consultation, long sequence, DateTimeOffset now) =>
        new(
            consultation.Id,
            sequence,
            consultation.Status.ToWire(),
            consultation.Urgency.ToWire(),
            consultation.Specialty,
            consultation.RequestingHospitalId,
            consultation.ClaimedById,
            consultation.IsOverdue(now),
            Microseconds(now),
            Microseconds(consultation.RequestedAt),
            Microseconds(consultation.ResponseDueAt));

    private static DateTimeOffset Microseconds(DateTimeOffset at) => at.AddTicks(-(at.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
}
