using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Contracts.Common;

namespace SpecialtyAlliance.Web.Services;

/// <summary>Where the live channel stands, as the app bar shows it.</summary>
public enum LiveState
{
    Disconnected,
    Connecting,
    Connected,
    Reconnecting,
}

/// <summary>
/// The one live channel to the server (the <c>/hubs/alliance</c> hub). Pages subscribe to its messages by
/// name and to <see cref="OnReconnected"/>, after which they re-read what they show (a message sent while the
/// connection was down is not replayed). <see cref="LiveState.Connected"/> means the server has joined the
/// connection to its groups: a snapshot taken from then on misses nothing.
/// </summary>
public interface ILiveConnection
{
    LiveState State { get; }

    /// <summary>Raised whenever <see cref="State"/> changes.</summary>
    event Action? StateChanged;

    /// <summary>Calls <paramref name="handler"/> for every server message named <paramref name="method"/>; dispose to stop.</summary>
    IDisposable On<T>(string method, Func<T, Task> handler);

    /// <summary>Calls <paramref name="handler"/> after the connection comes back from a drop; dispose to stop.</summary>
    IDisposable OnReconnected(Func<Task> handler);

    /// <summary>Connects (after sign-in), retrying until it succeeds or <see cref="StopAsync"/> is called.</summary>
    Task StartAsync();

    /// <summary>Disconnects (at sign-out) and stops retrying.</summary>
    Task StopAsync();
}

/// <summary>
/// <see cref="ILiveConnection"/> over SignalR: authenticated by the session cookie (same origin), reconnecting
/// by itself after a drop (quickly at first, then every 15 s, never giving up while signed in), and retrying
/// the first connection too, which automatic reconnect does not cover.
/// </summary>
public sealed class HubLiveConnection : ILiveConnection, IAsyncDisposable
{
    private static readonly TimeSpan[] Delays =
        [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)];

    private readonly HubConnection _connection;
    private readonly List<Func<Task>> _reconnected = [];
    private CancellationTokenSource? _wanted;
    private LiveState _state = LiveState.Disconnected;

    public HubLiveConnection(NavigationManager navigation)
    {
        _connection = new HubConnectionBuilder()
            .WithUrl(navigation.ToAbsoluteUri("hubs/alliance"))
            .WithAutomaticReconnect(new ForeverRetryPolicy())
            .AddJsonProtocol(options => ContractJson.Configure(options.PayloadSerializerOptions))
            .Build();
        _connection.Reconnecting += _ =>
        {
            SetState(LiveState.Reconnecting);
            return Task.CompletedTask;
        };
        _connection.Reconnected += async _ =>
        {
            await JoinedAsync();
            SetState(LiveState.Connected);
            foreach (var handler in _reconnected.ToArray())
            {
                await handler();
            }
        };
        _connection.Closed += error =>
        {
            SetState(LiveState.Disconnected);
            if (_wanted is { IsCancellationRequested: false } wanted)
            {
                _ = ConnectLoopAsync(wanted.Token);
            }

            return Task.CompletedTask;
        };
    }

    public LiveState State => _state;

    public event Action? StateChanged;

    public IDisposable On<T>(string method, Func<T, Task> handler) => _connection.On(method, handler);

    public IDisposable OnReconnected(Func<Task> handler)
    {
        _reconnected.Add(handler);
        return new Subscription(() => _reconnected.Remove(handler));
    }

    public Task StartAsync()
    {
        if (_wanted is { IsCancellationRequested: false })
        {
            return Task.CompletedTask;
        }

        _wanted = new CancellationTokenSource();
        _ = ConnectLoopAsync(_wanted.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync()
    {
        if (_wanted is { } wanted)
        {
            await wanted.CancelAsync();
            wanted.Dispose();
            _wanted = null;
        }

        await _connection.StopAsync();
        SetState(LiveState.Disconnected);
    }

    private async Task ConnectLoopAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; !cancellationToken.IsCancellationRequested; attempt++)
        {
            if (_connection.State != HubConnectionState.Disconnected)
            {
                return;
            }

            SetState(LiveState.Connecting);
            try
            {
                await _connection.StartAsync(cancellationToken);
                await JoinedAsync();
                SetState(LiveState.Connected);
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // Server down, network gone, session refused (401): stay visibly disconnected and try again shortly.
                SetState(LiveState.Disconnected);
            }

            try
            {
                await Task.Delay(ForeverRetryPolicy.DelayFor(attempt + 1), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Waits until the server has put this connection in its groups: the hub answers <c>GetGroups</c> only after it has
    /// (ADR 0008), so from <see cref="LiveState.Connected"/> on no message for them is missed — a page may then take its
    /// snapshot. The handshake alone does not promise that.
    /// </summary>
    private async Task JoinedAsync()
    {
        try
        {
            await _connection.InvokeAsync<string[]>("GetGroups");
        }
        catch (Exception)
        {
            // The connection dropped again at once: the reconnect that follows waits again.
        }
    }

    private void SetState(LiveState state)
    {
        if (_state != state)
        {
            _state = state;
            StateChanged?.Invoke();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _wanted?.Dispose();
        await _connection.DisposeAsync();
    }

    private sealed class ForeverRetryPolicy : IRetryPolicy
    {
        public static TimeSpan DelayFor(long attempt) => attempt < Delays.Length ? Delays[attempt] : TimeSpan.FromSeconds(15);

        public TimeSpan? NextRetryDelay(RetryContext retryContext) => DelayFor(retryContext.PreviousRetryCount);
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
