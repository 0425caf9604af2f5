using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Contracts.Notifications;

namespace SpecialtyAlliance.Api.Hubs;

/// <summary>What the server pushes to browsers and API clients.</summary>
public interface IAllianceClient
{
    /// <summary>A new notification for the connected user (group <c>user:{id}</c>).</summary>
    Task NotificationReceived(NotificationReceived notification);
}

/// <summary>
/// The live channel at <c>/hubs/alliance</c>, authenticated like the API (cookie, or the bearer token in
/// <c>access_token</c>). On connect the connection joins the groups its claims allow; clients only listen.
/// </summary>
[Authorize]
public sealed class AllianceHub(ICurrentUser user) : Hub<IAllianceClient>
{
    public static string UserGroup(Guid userId) => $"user:{userId}";

    public static string HospitalGroup(Guid hospitalId) => $"hospital:{hospitalId}";

    public override async Task OnConnectedAsync()
    {
        if (user.UserId is { } userId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(userId));
        }

        if (user.HospitalId is { } hospitalId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, HospitalGroup(hospitalId));
        }

        await base.OnConnectedAsync();
    }
}
