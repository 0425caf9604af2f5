using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Notifications;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Reminders;
using ReminderStatus = SpecialtyAlliance.Domain.Reminders.ReminderStatus;

namespace SpecialtyAlliance.Application.Reminders;

/// <summary>My notifications, unread first, newest first. Nobody lists anyone else's.</summary>
public sealed record ListNotifications(bool UnreadOnly = false, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Result<PagedResponse<NotificationResponse>>>, IPagedQuery;

public sealed class ListNotificationsValidator : AbstractValidator<ListNotifications>
{
    public ListNotificationsValidator() => this.IncludePagingRules();
}

public sealed class ListNotificationsHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<ListNotifications, Result<PagedResponse<NotificationResponse>>>
{
    public async ValueTask<Result<PagedResponse<NotificationResponse>>> Handle(ListNotifications query, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientId == user.UserId);
        if (query.UnreadOnly)
        {
            mine = mine.Where(n => n.ReadAt == null);
        }

        return await mine
            .OrderBy(n => n.ReadAt != null).ThenByDescending(n => n.CreatedAt)
            .Select(n => new NotificationResponse(n.Id, n.Kind, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt))
            .ToPageAsync(query, cancellationToken);
    }
}

public sealed record CountUnreadNotifications : IQuery<Result<UnreadCountResponse>>;

public sealed class CountUnreadNotificationsHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<CountUnreadNotifications, Result<UnreadCountResponse>>
{
    public async ValueTask<Result<UnreadCountResponse>> Handle(CountUnreadNotifications query, CancellationToken cancellationToken) =>
        new UnreadCountResponse(await db.Notifications.CountAsync(n => n.RecipientId == user.UserId && n.ReadAt == null, cancellationToken));
}

/// <summary>Marks one of my notifications read; someone else's is not found.</summary>
public sealed record MarkNotificationRead(Guid Id) : ICommand<Result>;

public sealed class MarkNotificationReadHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<MarkNotificationRead, Result>
{
    public async ValueTask<Result> Handle(MarkNotificationRead command, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(
            n => n.Id == command.Id && n.RecipientId == user.UserId, cancellationToken);
        if (notification is null)
        {
            return Error.NotFound("The notification");
        }

        notification.MarkRead(clock.GetUtcNow());
        return Result.Success();
    }
}

/// <summary>Pending reminders addressed to me, soonest first.</summary>
public sealed record ListMyReminders(int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Result<PagedResponse<ReminderResponse>>>, IPagedQuery;

public sealed class ListMyRemindersValidator : AbstractValidator<ListMyReminders>
{
    public ListMyRemindersValidator() => this.IncludePagingRules();
}

public sealed class ListMyRemindersHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<ListMyReminders, Result<PagedResponse<ReminderResponse>>>
{
    public async ValueTask<Result<PagedResponse<ReminderResponse>>> Handle(ListMyReminders query, CancellationToken cancellationToken) =>
        await db.Reminders.AsNoTracking()
            .Where(r => r.RecipientId == user.UserId && r.Status == ReminderStatus.Pending)
            .OrderBy(r => r.DueAt)
            .Select(r => new ReminderResponse(r.Id, r.Kind, r.SubjectType, r.SubjectId, r.DueAt, r.Status.ToWire()))
            .ToPageAsync(query, cancellationToken);
}
