using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Staff;
using ConsultationStatus = SpecialtyAlliance.Domain.Consultations.ConsultationStatus;
using Urgency = SpecialtyAlliance.Domain.Consultations.Urgency;
using PatientSex = SpecialtyAlliance.Domain.Consultations.PatientSex;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>
/// A specialist's live queue: the requests waiting (Requested) that are routed to their department — optionally of one
/// specialty — most urgent first (Emergency, Urgent, Routine), then longest waiting, each with its response target and
/// whether it is overdue. <c>asOf</c> is the highest change sequence committed when the snapshot was taken, read in the
/// same REPEATABLE READ transaction as the items, so the items are exactly the queue as of that sequence: a client
/// applies live changes with a higher sequence (see ADR 0008).
/// </summary>
[RequireRoles(StaffRole.Specialist)]
public sealed record GetConsultationQueue(string? Specialty = null) : IQuery<Result<QueueResponse>>;

public sealed class GetConsultationQueueValidator : AbstractValidator<GetConsultationQueue>
{
    public GetConsultationQueueValidator() =>
        RuleFor(q => q.Specialty).Must(Domain.Common.Specialty.IsKnown).When(q => q.Specialty is not null)
            .WithMessage("Specialty must be a code of the catalogue.");
}

public sealed class GetConsultationQueueHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetConsultationQueue, Result<QueueResponse>>
{
    public async ValueTask<Result<QueueResponse>> Handle(GetConsultationQueue query, CancellationToken cancellationToken)
    {
        var department = user.DepartmentId ?? Guid.Empty;
        var (rows, asOf) = await db.ReadSnapshotAsync(
            async ct =>
            {
                var waiting = db.Consultations.AsNoTracking()
                    .Where(c => c.Status == ConsultationStatus.Requested && c.RoutedDepartmentIds.Contains(department));
                if (query.Specialty is { } specialty)
                {
                    waiting = waiting.Where(c => c.Specialty == specialty);
                }

                var items = await (
                        from c in waiting
                        join h in db.Hospitals on c.RequestingHospitalId equals h.Id
                        orderby (c.Urgency == Urgency.Emergency ? 0 : c.Urgency == Urgency.Urgent ? 1 : 2), c.RequestedAt, c.Id
                        select new { Consultation = c, HospitalName = h.Name })
                    .ToListAsync(ct);
                var sequence = await db.Consultations.MaxAsync(c => (long?)c.LastSequence, ct) ?? 0;
                return (items, sequence);
            },
            cancellationToken);

        var now = clock.GetUtcNow();
        return new QueueResponse(asOf, now, [.. rows.Select(row => Item(row.Consultation, row.HospitalName, now))]);
    }

    private static QueueItemResponse Item(Consultation c, string hospitalName, DateTimeOffset now) =>
        new(
            c.Id,
            c.Specialty,
            c.Urgency.ToWire(),
            c.RequestingHospitalId,
            hospitalName,
            new PatientResponse(c.PatientReference, c.PatientAge, c.PatientSex.ToWire()),
            c.Summary,
            c.RequestedAt,
            c.ResponseDueAt,
            c.IsOverdue(now),
            c.LastSequence);
}
