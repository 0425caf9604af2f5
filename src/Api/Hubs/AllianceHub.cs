using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Consultations;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Contracts.Notifications;

namespace SpecialtyAlliance.Api.Hubs;

/// <summary>What the server pushes to browsers and API clients.</summary>
public interface IAllianceClient
{
    /// <summary>A new notification for the connected user (group <c>user:{id}</c>).</summary>
    Task NotificationReceived(NotificationReceived notification);

    /// <summary>
    /// A consultation changed (after the commit): to the requesting hospital's group and the feed groups of the routed
    /// departments. Apply it when its sequence is above your snapshot's <c>asOf</c> (ADR 0008).
    /// </summary>
    Task ConsultationChanged(ConsultationChanged change);
}

/// <summary>
/// The live channel at <c>/hubs/alliance</c>, authenticated like the API (cookie, or the bearer token in
/// <c>access_token</c>). On connect the connection joins the groups its claims allow: <c>user:{id}</c>,
/// <c>hospital:{id}</c>, and for a specialist <c>specialty:{code}:department:{departmentId}</c> for each specialty routed to
/// their department (ADR 0009). Clients only listen, and may ask which groups they joined.
/// </summary>
[Authorize]
public sealed class AllianceHub(ICurrentUser user, ISender sender) : Hub<IAllianceClient>
{
    private const string GroupsKey = "alliance.groups";

    public static string UserGroup(Guid userId) => $"user:{userId}";

    public static string HospitalGroup(Guid hospitalId) => $"hospital:{hospitalId}";

    /// <summary>The feed of one specialty as routed to one city department (never a plain specialty: that would reach other departments).</summary>
    public static string FeedGroup(string specialty, Guid departmentId) => $"specialty:{specialty}:department:{departmentId}";

    public override async Task OnConnectedAsync()
    {
        var groups = new List<string>();
        if (user.UserId is { } userId)
        {
            groups.Add(UserGroup(userId));
        }

        if (user.HospitalId is { } hospitalId)
        {
            groups.Add(HospitalGroup(hospitalId));
        }

        try
        {
            var feeds = await sender.Send(new ListMyConsultationFeeds(), Context.ConnectionAborted);
            if (feeds.IsSuccess)
            {
                groups.AddRange(feeds.Value.Select(f => FeedGroup(f.Specialty, f.DepartmentId)));
            }

            foreach (var group in groups)
            {
                await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
            }
        }
        catch (OperationCanceledException) when (Context.ConnectionAborted.IsCancellationRequested)
        {
            // The client left while joining (a closed tab, a page reload): nothing to serve, and not an error to log.
            return;
        }

        Context.Items[GroupsKey] = groups.AsReadOnly();
        await base.OnConnectedAsync();
    }

    /// <summary>
    /// The groups this connection joined. Hub calls are served only after the connection has joined its groups, so an
    /// answer also means "from now on you receive every message for them": take the queue snapshot after it.
    /// </summary>
    public IReadOnlyList<string> GetGroups() =>
        Context.Items.TryGetValue(GroupsKey, out var groups) && groups is IReadOnlyList<string> list ? list : [];
}
