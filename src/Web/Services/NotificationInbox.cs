using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Notifications;

namespace SpecialtyAlliance.Web.Services;

/// <summary>
/// The signed-in user's notifications as the bell shows them: the unread count (read from the API at sign-in
/// and after every reconnect, raised by each live <c>NotificationReceived</c>), and the latest notifications,
/// unread first, merged from the API's list and what arrived live — each one once.
/// </summary>
public sealed class NotificationInbox(ApiClient api, ILiveConnection live)
{
    public const string ReceivedMethod = "NotificationReceived";
    public const int PageSize = 20;

    private readonly List<IDisposable> _subscriptions = [];
    private List<NotificationResponse> _items = [];

    public int UnreadCount { get; private set; }

    /// <summary>The latest notifications, unread first, newest first within each.</summary>
    public IReadOnlyList<NotificationResponse> Items => _items;

    /// <summary>Whether the list has been read from the API since sign-in.</summary>
    public bool Loaded { get; private set; }

    /// <summary>Raised whenever the count or the list changes.</summary>
    public event Action? Changed;

    /// <summary>Raised for each notification that arrives live (the bell shows it in a snackbar).</summary>
    public event Action<NotificationReceived>? Received;

    /// <summary>After sign-in: listen to the hub, then read the count (in that order, so nothing falls between).</summary>
    public async Task StartAsync()
    {
        if (_subscriptions.Count == 0)
        {
            _subscriptions.Add(live.On<NotificationReceived>(ReceivedMethod, notification =>
            {
                Apply(notification);
                return Task.CompletedTask;
            }));
            _subscriptions.Add(live.OnReconnected(RefreshAsync));
        }

        await RefreshCountAsync();
    }

    /// <summary>At sign-out: stop listening and forget everything.</summary>
    public void Stop()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }

        _subscriptions.Clear();
        _items = [];
        UnreadCount = 0;
        Loaded = false;
        Changed?.Invoke();
    }

    public async Task RefreshCountAsync()
    {
        var count = await api.GetAsync<UnreadCountResponse>("api/notifications/unread-count");
        if (count.Ok && count.Value is { } value)
        {
            UnreadCount = value.Unread;
            Changed?.Invoke();
        }
    }

    /// <summary>Re-reads the count, and the list when it was shown before (after a reconnect: pushes sent meanwhile are not replayed).</summary>
    public async Task RefreshAsync()
    {
        if (Loaded)
        {
            await LoadAsync();
        }
        else
        {
            await RefreshCountAsync();
        }
    }

    /// <summary>Reads the latest notifications and the unread count from the API, keeping what arrived live.</summary>
    public async Task<ApiProblem?> LoadAsync()
    {
        var page = await api.GetAsync<PagedResponse<NotificationResponse>>($"api/notifications?pageSize={PageSize}");
        if (!page.Ok || page.Value is null)
        {
            return page.Problem;
        }

        _items = Merge(page.Value.Items, _items);
        Loaded = true;
        await RefreshCountAsync();
        Changed?.Invoke();
        return null;
    }

    /// <summary>A notification pushed live: counted and listed once, however often it is delivered.</summary>
    public void Apply(NotificationReceived notification)
    {
        if (_items.Any(n => n.Id == notification.Id))
        {
            return;
        }

        var item = new NotificationResponse(
            notification.Id, notification.Kind, notification.Title, notification.Body, notification.Link, notification.CreatedAt, ReadAt: null);
        _items = Merge([item], _items);
        UnreadCount++;
        Changed?.Invoke();
        Received?.Invoke(notification);
    }

    /// <summary>Marks one read (shown at once; undone if the API refuses).</summary>
    public async Task<ApiProblem?> MarkReadAsync(Guid id)
    {
        var index = _items.FindIndex(n => n.Id == id);
        var before = index >= 0 ? _items[index] : null;
        if (before is { ReadAt: not null })
        {
            return null;
        }

        if (before is not null)
        {
            _items[index] = before with { ReadAt = DateTimeOffset.UtcNow };
            _items = Merge([], _items);
        }

        UnreadCount = Math.Max(0, UnreadCount - 1);
        Changed?.Invoke();

        var result = await api.PostAsync<object>($"api/notifications/{id}/read", null);
        if (!result.Ok)
        {
            await LoadAsync();
            return result.Problem;
        }

        return null;
    }

    /// <summary>Marks every listed unread notification read, one by one (the API has no bulk call).</summary>
    public async Task<ApiProblem?> MarkAllReadAsync()
    {
        foreach (var id in _items.Where(n => n.ReadAt is null).Select(n => n.Id).ToList())
        {
            if (await MarkReadAsync(id) is { } problem)
            {
                return problem;
            }
        }

        await RefreshCountAsync();
        return null;
    }

    /// <summary>
    /// The API's items win over local copies of the same notification; local ones the API did not return (arrived
    /// live after the read) are kept. Unread first, then newest first.
    /// </summary>
    public static List<NotificationResponse> Merge(IEnumerable<NotificationResponse> incoming, IEnumerable<NotificationResponse> existing)
    {
        var byId = new Dictionary<Guid, NotificationResponse>();
        foreach (var item in existing)
        {
            byId[item.Id] = item;
        }

        foreach (var item in incoming)
        {
            byId[item.Id] = item;
        }

        return [.. byId.Values.OrderBy(n => n.ReadAt is not null).ThenByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)];
    }
}
