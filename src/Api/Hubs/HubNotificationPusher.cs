using Microsoft.AspNetCore.SignalR;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Contracts.Notifications;
using SpecialtyAlliance.Domain.Reminders;

namespace SpecialtyAlliance.Api.Hubs;

/// <summary>Pushes a notification to its recipient's group only (through the Redis backplane when configured).</summary>
internal sealed class HubNotificationPusher(IHubContext<AllianceHub, IAllianceClient> hub) : INotificationPusher
{
    public Task PushAsync(Notification notification, CancellationToken cancellationToken) =>
        hub.Clients.Group(AllianceHub.UserGroup(notification.RecipientId)).NotificationReceived(new NotificationReceived(
            notification.Id, notification.Kind, notification.Title, notification.Body, notification.Link, notification.CreatedAt));
}
