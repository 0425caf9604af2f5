using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Contracts.Notifications;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Consultations;

/// <summary>A signed-in hub connection that records what it receives, in arrival order.</summary>
internal sealed class HubRecorder : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConsultationChanged> _changes = new();
    private readonly ConcurrentQueue<NotificationReceived> _notifications = new();

    private HubRecorder(string email, HubConnection connection)
    {
        Email = email;
        Connection = connection;
        connection.On<ConsultationChanged>("ConsultationChanged", _changes.Enqueue);
        connection.On<NotificationReceived>("NotificationReceived", _notifications.Enqueue);
    }

    public string Email { get; }

    public HubConnection Connection { get; }

    public IReadOnlyList<string> Groups { get; private set; } = [];

    public IReadOnlyList<ConsultationChanged> Changes => [.. _changes];

    public IReadOnlyList<NotificationReceived> Notifications => [.. _notifications];

    public IReadOnlyList<ConsultationChanged> ChangesOf(Guid consultationId) => [.. _changes.Where(c => c.ConsultationId == consultationId)];

    /// <summary>Connects and waits until the hub has joined this connection's groups (the answer to GetGroups).</summary>
    public static async Task<HubRecorder> ConnectAsync(AllianceApi api, string email)
    {
        var recorder = new HubRecorder(email, await api.HubFor(email));
        await recorder.Connection.StartAsync();
        recorder.Groups = await recorder.Connection.InvokeAsync<IReadOnlyList<string>>("GetGroups");
        return recorder;
    }

    public static async Task Eventually(Func<bool> condition, string what, double seconds = 10)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                throw new TimeoutException($"Not within {seconds:0} s: {what}");
            }

            await Task.Delay(25);
        }
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
