using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Consultations;

/// <summary>
/// The live queue is lossless: a client that snapshots the queue and applies every change with a sequence above the
/// snapshot's <c>asOf</c> — and, after a dropped connection, reconnects and snapshots again — ends exactly equal to the
/// server's queue while many changes race through the API from several clients.
/// </summary>
public sealed class QueueConvergenceTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly Dictionary<Urgency, int> Rank = new() { [Urgency.Emergency] = 0, [Urgency.Urgent] = 1, [Urgency.Routine] = 2 };

    private AllianceApi Api => fixture.Api;

    [Fact]
    public async Task ASnapshotPlusLiveChanges_EndsExactlyEqualToTheServersQueue_AcrossADroppedConnection()
    {
        var requesters = new List<HttpClient> { await Api.ClientFor(Demo.ShiquanClinician), await Api.ClientFor(Demo.ShiquanClinician) };
        await Api.AddStaffAsync("doctor3@shiquan.test", StaffRole.Clinician, Demo.Shiquan, "cardiology");
        requesters.Add(await Api.ClientFor("doctor3@shiquan.test"));
        var specialists = new List<HttpClient> { await Api.ClientFor(Demo.CardiologySpecialist) };
        for (var i = 0; i < 3; i++)
        {
            await Api.AddStaffAsync($"cardiology{i}@mirror.test", StaffRole.Specialist, Demo.City, "cardiology");
            specialists.Add(await Api.ClientFor($"cardiology{i}@mirror.test"));
        }

        using var viewer = await Api.ClientFor(Demo.CardiologySpecialist);
        await using var mirror = new QueueMirror(await Api.HubFor(Demo.CardiologySpecialist), viewer);
        await mirror.ConnectAsync();

        using var stop = new CancellationTokenSource();
        var outcomes = new Outcomes();
        var workers = requesters.Select((client, i) => RequestLoopAsync(client, i, outcomes, stop.Token))
            .Concat(specialists.Select((client, i) => ClaimLoopAsync(client, viewer, i, outcomes, stop.Token)))
            .ToList();

        // Changes race on while the client follows them, loses its connection, and comes back.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var applied = mirror.Applied;
        var lastSeenBeforeDrop = mirror.HighestSeen;
        await mirror.DropAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var missedFrom = lastSeenBeforeDrop;
        await mirror.ConnectAsync();
        var asOfAfterReconnect = mirror.AsOf;
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        // Then, once the last pushes have arrived, the client's queue is the server's, item for item, in order.
        QueueResponse server = null!;
        await HubRecorder.Eventually(
            () =>
            {
                server = viewer.QueueAsync().GetAwaiter().GetResult();
                return mirror.Ordered().SequenceEqual(server.Items.Select(i => (i.Id, i.Urgency)));
            },
            "the mirrored queue equals the server's",
            seconds: 15);

        mirror.Ordered().ShouldBe(server.Items.Select(i => (i.Id, i.Urgency)));
        applied.ShouldBeGreaterThan(0, "changes were applied live before the drop");
        asOfAfterReconnect.ShouldBeGreaterThan(missedFrom, "changes were committed while the client was away (recovered by the new snapshot)");
        mirror.Applied.ShouldBeGreaterThan(applied, "changes were applied live after the reconnect");
        outcomes.Requested.ShouldBeGreaterThan(10);
        outcomes.Claimed.ShouldBeGreaterThan(5);
        outcomes.Released.ShouldBeGreaterThan(2);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{outcomes.Requested} requests, {outcomes.Claimed} claims ({outcomes.ClaimConflicts} lost races), {outcomes.Released} releases; "
            + $"{mirror.Applied} changes applied live, {server.Items.Count} in the final queue");
        requesters.ForEach(c => c.Dispose());
        specialists.ForEach(c => c.Dispose());
    }

    private static async Task RequestLoopAsync(HttpClient client, int seed, Outcomes outcomes, CancellationToken stop)
    {
        var random = new Random(seed);
        Urgency[] urgencies = [Urgency.Routine, Urgency.Urgent, Urgency.Emergency];
        while (!stop.IsCancellationRequested)
        {
            await client.RequestAsync(ConsultationTestKit.NewRequest("cardiology", urgencies[random.Next(3)]));
            Interlocked.Increment(ref outcomes.Requested);
            await Task.Delay(random.Next(20, 120), CancellationToken.None);
        }
    }

    private static async Task ClaimLoopAsync(HttpClient client, HttpClient viewer, int seed, Outcomes outcomes, CancellationToken stop)
    {
        var random = new Random(100 + seed);
        while (!stop.IsCancellationRequested)
        {
            var queue = await viewer.QueueAsync();
            if (queue.Items.Count == 0)
            {
                await Task.Delay(50, CancellationToken.None);
                continue;
            }

            var pick = queue.Items[random.Next(Math.Min(queue.Items.Count, 4))];
            var claim = await client.MoveAsync(pick.Id, "claim");
            if (claim.StatusCode == HttpStatusCode.Conflict)
            {
                Interlocked.Increment(ref outcomes.ClaimConflicts);
                continue;
            }

            claim.StatusCode.ShouldBe(HttpStatusCode.OK);
            Interlocked.Increment(ref outcomes.Claimed);
            if (random.Next(2) == 0)
            {
                await Task.Delay(random.Next(10, 80), CancellationToken.None);
                (await client.MoveAsync(pick.Id, "release")).StatusCode.ShouldBe(HttpStatusCode.OK);
                Interlocked.Increment(ref outcomes.Released);
            }
        }
    }

    private sealed class Outcomes
    {
        public int Requested;
        public int Claimed;
        public int ClaimConflicts;
        public int Released;
    }

    /// <summary>
    /// What a client keeps: a snapshot of the queue, then every live change above its <c>asOf</c> (and above the last
    /// change applied to that consultation, since pushes of different transactions may overtake each other). Changes that
    /// arrive while a snapshot is being taken wait for it.
    /// </summary>
    private sealed class QueueMirror(HubConnection connection, HttpClient http) : IAsyncDisposable
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<Guid, (Urgency Urgency, DateTimeOffset RequestedAt)> _items = [];
        private readonly Dictionary<Guid, long> _applied = [];
        private readonly List<ConsultationChanged> _buffer = [];
        private bool _snapshotting;
        private bool _subscribed;

        public long AsOf { get; private set; }

        public int Applied { get; private set; }

        public long HighestSeen { get; private set; }

        public async Task ConnectAsync()
        {
            if (!_subscribed)
            {
                connection.On<ConsultationChanged>("ConsultationChanged", OnChanged);
                _subscribed = true;
            }

            lock (_gate)
            {
                _snapshotting = true;
                _buffer.Clear();
            }

            await connection.StartAsync();
            // Answered only once the connection is in its groups: from here on no change is missed.
            await connection.InvokeAsync<IReadOnlyList<string>>("GetGroups");
            var snapshot = await http.QueueAsync();
            lock (_gate)
            {
                _items.Clear();
                _applied.Clear();
                foreach (var item in snapshot.Items)
                {
                    _items[item.Id] = (item.Urgency, item.RequestedAt);
                }

                AsOf = snapshot.AsOf;
                foreach (var change in _buffer)
                {
                    Apply(change);
                }

                _buffer.Clear();
                _snapshotting = false;
            }
        }

        public Task DropAsync() => connection.StopAsync();

        public IReadOnlyList<(Guid Id, Urgency Urgency)> Ordered()
        {
            lock (_gate)
            {
                return [.. _items.OrderBy(i => Rank[i.Value.Urgency]).ThenBy(i => i.Value.RequestedAt).ThenBy(i => i.Key).Select(i => (i.Key, i.Value.Urgency))];
            }
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync();

        private void OnChanged(ConsultationChanged change)
        {
            lock (_gate)
            {
                HighestSeen = Math.Max(HighestSeen, change.Sequence);
                if (_snapshotting)
                {
                    _buffer.Add(change);
                }
                else
                {
                    Apply(change);
                }
            }
        }

        private void Apply(ConsultationChanged change)
        {
            if (change.Sequence <= AsOf || (_applied.TryGetValue(change.ConsultationId, out var last) && change.Sequence <= last))
            {
                return;
            }

            _applied[change.ConsultationId] = change.Sequence;
            Applied++;
            if (change.Status == ConsultationStatus.Requested)
            {
                _items[change.ConsultationId] = (change.Urgency, change.RequestedAt);
            }
            else
            {
                _items.Remove(change.ConsultationId);
            }
        }
    }
}
