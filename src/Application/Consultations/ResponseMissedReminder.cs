using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Events;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>
/// Time-driven: on every sweep, each request still waiting past its response target and not yet escalated is escalated
/// (its own unit of work, see <see cref="EscalateOverdueConsultation"/>). Escalation happens once per request: the
/// consultation remembers it, and the reminders' unique index backs that up.
/// </summary>
public sealed partial class ConsultationResponseMissedSource(
    IAllianceDbContext db, ISender sender, ILogger<ConsultationResponseMissedSource> logger) : IReminderSource
{
    private const int BatchSize = 200;

    public async Task AddDueRemindersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var overdue = await db.Consultations.AsNoTracking()
            .Where(c => c.Status == ConsultationStatus.Requested && c.EscalatedAt == null && c.ResponseDueAt <= now)
            .OrderBy(c => c.ResponseDueAt)
            .Select(c => c.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var id in overdue)
        {
            try
            {
                await sender.Send(new EscalateOverdueConsultation(id), cancellationToken);
            }
            catch (DbUpdateException ex)
            {
                // Claimed (or escalated by another instance) at the same moment: the next sweep looks again.
                LogEscalationSkipped(logger, ex, id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation of overdue consultation {ConsultationId} skipped: it changed meanwhile")]
    private static partial void LogEscalationSkipped(ILogger logger, Exception exception, Guid consultationId);
}

/// <summary>The escalation's recipients: the requesting hospital's coordinators and the routed departments' heads, each once.</summary>
public sealed class WriteResponseMissedReminders(IAllianceDbContext db, TimeProvider clock) : IDomainEventHandler<ConsultationResponseMissed>
{
    public async Task HandleAsync(ConsultationResponseMissed domainEvent, CancellationToken cancellationToken)
    {
        var c = await db.Consultations.AsNoTracking()
            .Where(x => x.Id == domainEvent.ConsultationId)
            .Select(x => new { x.RequestingHospitalId, x.RoutedDepartmentIds })
            .SingleAsync(cancellationToken);
        var coordinators = await db.Staff
            .Where(s => s.Role == StaffRole.Coordinator && s.HospitalId == c.RequestingHospitalId)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        var heads = await db.Departments
            .Where(d => c.RoutedDepartmentIds.Contains(d.Id) && d.HeadId != null)
            .Select(d => d.HeadId!.Value)
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        foreach (var recipient in coordinators.Concat(heads).Distinct())
        {
            await db.AddOnceAsync(ConsultationReminderKinds.ResponseMissed, domainEvent.ConsultationId, recipient, domainEvent.At, now, cancellationToken);
        }
    }
}

/// <summary>会诊超时未响应 — what the escalation says; nothing when the request has been claimed (or closed) meanwhile.</summary>
public sealed class ResponseMissedReminderComposer(IAllianceDbContext db) : IReminderComposer
{
    public string Kind => ConsultationReminderKinds.ResponseMissed;

    public async Task<ReminderMessage?> ComposeAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        var c = await (
                from x in db.Consultations.AsNoTracking()
                join h in db.Hospitals on x.RequestingHospitalId equals h.Id
                where x.Id == reminder.SubjectId
                select new { x.Status, x.Specialty, x.Urgency, x.PatientReference, x.RequestedAt, x.ResponseDueAt, Hospital = h.Name, x.Id })
            .SingleOrDefaultAsync(cancellationToken);
        if (c is not { Status: ConsultationStatus.Requested })
        {
            return null;
        }

        var specialty = Specialty.Find(c.Specialty)?.NameZh ?? c.Specialty;
        return new ReminderMessage(
            $"会诊超时未响应 · Overdue {c.Urgency} request: {specialty}",
            $"{c.Hospital} requested a {specialty} consultation for patient {c.PatientReference} at {ConsultationReminderKinds.Local(c.RequestedAt)}; "
                + $"it should have been claimed by {ConsultationReminderKinds.Local(c.ResponseDueAt)} and is still waiting.",
            ConsultationReminderKinds.Link(c.Id));
    }
}
