using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Events;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Domain.TechnologyGaps;

namespace SpecialtyAlliance.Application.TechnologyGaps;

/// <summary>
/// The <c>technology-gap-target</c> reminder: on a planned gap's target date (09:00 Asia/Shanghai), the mentoring
/// department's head and the county hospital's coordinators are told if it is not filled yet. Written when the gap is
/// planned, moved (and re-addressed) when it is re-planned, cancelled when it is filled or abandoned.
/// </summary>
public sealed class TechnologyGapTargetReminders(IAllianceDbContext db, TimeProvider clock)
    : IDomainEventHandler<TechnologyGapPlanned>, IDomainEventHandler<TechnologyGapStatusChanged>
{
    public const string Kind = "technology-gap-target";
    public const string SubjectType = "TechnologyGap";

    /// <summary>09:00 Asia/Shanghai on the target date; now, if that has passed.</summary>
    public static DateTimeOffset DueAt(DateOnly targetDate, DateTimeOffset now)
    {
        var due = AllianceTime.At(targetDate, AllianceTime.MorningReminder);
        return due > now ? due : now;
    }

    public async Task HandleAsync(TechnologyGapPlanned domainEvent, CancellationToken cancellationToken)
    {
        var gap = await db.TechnologyGaps.FindAsync([domainEvent.GapId], cancellationToken);
        if (gap is not { Status: TechnologyGapStatus.Planned, TargetDate: { } target })
        {
            return;
        }

        var head = await db.Departments.Where(d => d.Id == gap.MentoringDepartmentId).Select(d => d.HeadId).SingleOrDefaultAsync(cancellationToken);
        var recipients = await db.Staff
            .Where(s => (s.Role == StaffRole.Coordinator && s.HospitalId == gap.HospitalId) || s.Id == head)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.SyncAsync(Kind, SubjectType, gap.Id, recipients, DueAt(target, now), now, cancellationToken);
    }

    public Task HandleAsync(TechnologyGapStatusChanged domainEvent, CancellationToken cancellationToken) =>
        domainEvent.To is TechnologyGapStatus.FirstCasePerformed or TechnologyGapStatus.Established or TechnologyGapStatus.Abandoned
            ? db.CancelPendingAsync(Kind, domainEvent.GapId, clock.GetUtcNow(), cancellationToken)
            : Task.CompletedTask;
}

/// <summary>What the <c>technology-gap-target</c> reminder says — or nothing, when the gap is filled or abandoned by then.</summary>
public sealed class TechnologyGapTargetComposer(IAllianceDbContext db) : IReminderComposer
{
    public string Kind => TechnologyGapTargetReminders.Kind;

    public async Task<ReminderMessage?> ComposeAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        var gap = await (
                from g in db.TechnologyGaps.AsNoTracking()
                where g.Id == reminder.SubjectId
                join hospital in db.Hospitals on g.HospitalId equals hospital.Id
                join d in db.Departments on g.MentoringDepartmentId equals d.Id into departments
                from department in departments.DefaultIfEmpty()
                select new { g.Id, g.Status, g.Technique, g.TargetDate, HospitalName = hospital.Name, DepartmentName = department == null ? null : department.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (gap is null || gap.Status is not (TechnologyGapStatus.Identified or TechnologyGapStatus.Planned))
        {
            return null;
        }

        var mentors = gap.DepartmentName is null ? string.Empty : $"导师科室：{gap.DepartmentName}。";
        return new ReminderMessage(
            $"技术空白目标日期已到：{gap.HospitalName}「{gap.Technique}」",
            $"{gap.HospitalName}「{gap.Technique}」的目标日期为 {gap.TargetDate:yyyy-MM-dd}，至今尚未完成首例。{mentors}请确认进度或重新计划。",
            $"/technology-gaps/{gap.Id}");
    }
}
