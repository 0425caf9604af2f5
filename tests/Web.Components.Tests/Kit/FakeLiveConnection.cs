using SpecialtyAlliance.Web.Services;

namespace SpecialtyAlliance.Web.Components.Tests.Kit;

/// <summary>The live channel under the test's control: it emits server messages and reconnections on demand.</summary>
public sealed class FakeLiveConnection : ILiveConnection
{
    private readonly List<(string Method, Func<object, Task> Handler)> _handlers = [];
    private readonly List<Func<Task>> _reconnected = [];

    public LiveState State { get; private set; } = LiveState.Disconnected;

    public int Starts { get; private set; }

    public int Stops { get; private set; }

    public event Action? StateChanged;

    public IDisposable On<T>(string method, Func<T, Task> handler)
    {
        var entry = (method, (Func<object, Task>)(message => handler((T)message)));
        _handlers.Add(entry);
        return new Subscription(() => _handlers.Remove(entry));
    }

    public IDisposable OnReconnected(Func<Task> handler)
    {
        _reconnected.Add(handler);
        return new Subscription(() => _reconnected.Remove(handler));
    }

    public Task StartAsync()
    {
        Starts++;
        SetState(LiveState.Connected);
        return Task.CompletedTask;
    }

    public Task StopAsync()
    {
        Stops++;
        SetState(LiveState.Disconnected);
        return Task.CompletedTask;
    }

    public void SetState(LiveState state)
    {
        State = state;
        StateChanged?.Invoke();
    }

    /// <summary>The server sends <paramref name="message"/> as <paramref name="method"/>.</summary>
    public async Task EmitAsync<T>(string method, T message)
        where T : notnull
    {
        foreach (var (_, handler) in _handlers.Where(h => h.Method == method).ToList())
        {
            await handler(message);
        }
    }

    public async Task ReconnectAsync()
    {
        SetState(LiveState.Connected);
        foreach (var handler in _reconnected.ToList())
        {
            await handler();
        }
    }

    public int SubscriberCount(string method) => _handlers.Count(h => h.Method == method);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
