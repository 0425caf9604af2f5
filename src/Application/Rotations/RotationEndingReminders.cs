using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Events;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Rotations;

/// <summary>
/// The <c>rotation-ending</c> reminder: 14 days before a rotation's last day (09:00 Asia/Shanghai), its host
/// hospital's and home hospital's coordinators are told — unless by then a follow-on rotation is planned for the host
/// department, or the rotation is over. Rows are written when a rotation is planned or starts, moved when it is
/// rescheduled, cancelled when it completes or is cancelled; once per rotation and recipient (see ADR 0016).
/// </summary>
public sealed class RotationEndingReminders(IAllianceDbContext db, TimeProvider clock)
    : IDomainEventHandler<RotationPlanned>, IDomainEventHandler<RotationStatusChanged>, IDomainEventHandler<RotationRescheduled>
{
    public const string Kind = "rotation-ending";
    public const string SubjectType = "Rotation";

    /// <summary>How many days before the last day the coordinators are told.</summary>
    public const int NoticeDays = 14;

    public Task HandleAsync(RotationPlanned domainEvent, CancellationToken cancellationToken) =>
        SyncAsync(domainEvent.RotationId, cancellationToken);

    public Task HandleAsync(RotationRescheduled domainEvent, CancellationToken cancellationToken) =>
        SyncAsync(domainEvent.RotationId, cancellationToken);

    public Task HandleAsync(RotationStatusChanged domainEvent, CancellationToken cancellationToken) => domainEvent.To switch
    {
        RotationStatus.Active => SyncAsync(domainEvent.RotationId, cancellationToken),
        RotationStatus.Completed or RotationStatus.Cancelled => db.CancelPendingAsync(Kind, domainEvent.RotationId, clock.GetUtcNow(), cancellationToken),
        _ => Task.CompletedTask,
    };

    /// <summary>
    /// Whether a rotation should be followed up at all: it is still to happen or happening, it has not ended, and it is
    /// longer than the notice (a short visit needs no successor).
    /// </summary>
    public static bool NeedsReminder(AssistanceRotation rotation, DateOnly today) =>
        rotation.Status is RotationStatus.Planned or RotationStatus.Active
        && rotation.LengthDays > NoticeDays
        && rotation.EndsOn >= today;

    /// <summary>09:00 Asia/Shanghai on the 14th day before the last; now, if that has passed.</summary>
    public static DateTimeOffset DueAt(AssistanceRotation rotation, DateTimeOffset now)
    {
        var due = AllianceTime.At(rotation.EndsOn.AddDays(-NoticeDays), AllianceTime.MorningReminder);
        return due > now ? due : now;
    }

    private async Task SyncAsync(Guid rotationId, CancellationToken cancellationToken)
    {
        var rotation = await db.Rotations.FindAsync([rotationId], cancellationToken);
        if (rotation is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (!NeedsReminder(rotation, clock.Today()))
        {
            await db.CancelPendingAsync(Kind, rotationId, now, cancellationToken);
            return;
        }

        var recipients = await db.Staff
            .Where(s => s.Role == StaffRole.Coordinator && (s.HospitalId == rotation.HostHospitalId || s.HospitalId == rotation.HomeHospitalId))
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        await db.SyncAsync(Kind, SubjectType, rotationId, recipients, DueAt(rotation, now), now, cancellationToken);
    }
}

/// <summary>What the <c>rotation-ending</c> reminder says — or nothing, when a follow-on is planned or the rotation is over.</summary>
public sealed class RotationEndingComposer(IAllianceDbContext db) : IReminderComposer
{
    public string Kind => RotationEndingReminders.Kind;

    public async Task<ReminderMessage?> ComposeAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        var rotation = await (
                from r in db.Rotations.AsNoTracking()
                where r.Id == reminder.SubjectId
                join clinician in db.Staff on r.ClinicianId equals clinician.Id
                join hospital in db.Hospitals on r.HostHospitalId equals hospital.Id
                join department in db.Departments on r.HostDepartmentId equals department.Id
                select new
                {
                    r.Id,
                    r.Status,
                    r.Role,
                    r.EndsOn,
                    r.HostDepartmentId,
                    ClinicianName = clinician.FullName,
                    HospitalName = hospital.Name,
                    DepartmentName = department.Name,
                })
            .SingleOrDefaultAsync(cancellationToken);
        if (rotation is null || rotation.Status is not (RotationStatus.Planned or RotationStatus.Active))
        {
            return null;
        }

        var followOnFrom = rotation.EndsOn.AddDays(-RotationEndingReminders.NoticeDays);
        var followOn = await db.Rotations.AnyAsync(
            r => r.Id != rotation.Id
                && r.HostDepartmentId == rotation.HostDepartmentId
                && (r.Status == RotationStatus.Planned || r.Status == RotationStatus.Active)
                && r.StartsOn >= followOnFrom,
            cancellationToken);
        if (followOn)
        {
            return null;
        }

        var where = rotation.HospitalName + rotation.DepartmentName;
        return new ReminderMessage(
            $"轮转即将结束：{rotation.ClinicianName}（{where}）",
            $"{rotation.ClinicianName}（{Labels.Zh(rotation.Role)}）在{where}的轮转将于 {rotation.EndsOn:yyyy-MM-dd} 结束，该科室尚无后续轮转安排。请及时商定接续人选。",
            $"/rotations/{rotation.Id}");
    }
}
