using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Notifications;

namespace SpecialtyAlliance.Api.Endpoints;

/// <summary>My notifications and my pending reminders; nobody reads or marks anyone else's.</summary>
internal static class NotificationsEndpoints
{
    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization();
        notifications.MapGet("/", List).WithSummary("My notifications, unread first, paged");
        notifications.MapGet("/unread-count", UnreadCount).WithSummary("How many of my notifications are unread");
        notifications.MapPost("/{id:guid}/read", MarkRead).WithSummary("Mark one of my notifications read");
        app.MapGet("/api/reminders", Reminders).WithTags("Notifications").RequireAuthorization()
            .WithSummary("Pending reminders addressed to me, soonest first");
        return app;
    }

    private static async Task<Results<Ok<PagedResponse<NotificationResponse>>, ProblemHttpResult>> List(
        ISender sender, bool? unreadOnly, int? page, int? pageSize, CancellationToken cancellationToken) =>
        (await sender.Send(new ListNotifications(unreadOnly ?? false, page ?? 1, pageSize ?? Paging.DefaultPageSize), cancellationToken)).ToOk();

    private static async Task<Results<Ok<UnreadCountResponse>, ProblemHttpResult>> UnreadCount(ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new CountUnreadNotifications(), cancellationToken)).ToOk();

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkRead(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new MarkNotificationRead(id), cancellationToken)).ToNoContent();

    private static async Task<Results<Ok<PagedResponse<ReminderResponse>>, ProblemHttpResult>> Reminders(
        ISender sender, int? page, int? pageSize, CancellationToken cancellationToken) =>
        (await sender.Send(new ListMyReminders(page ?? 1, pageSize ?? Paging.DefaultPageSize), cancellationToken)).ToOk();
}
