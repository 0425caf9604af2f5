using SpecialtyAlliance.Web.Consultations;
using static SpecialtyAlliance.Web.Components.Tests.Consultations.ConsultationData;

namespace SpecialtyAlliance.Web.Components.Tests.Consultations;

/// <summary>
/// The live queue's merge (ADR 0008): a snapshot, then only messages above its asOf and above what was applied for that
/// consultation; messages kept while a snapshot is read; a new snapshot after a reconnect; the server's order.
/// </summary>
public sealed class LiveQueueTests
{
    private readonly LiveQueue _queue = new();

    [Fact]
    public void TheQueue_IsOrderedByUrgency_ThenByWaitingTime()
    {
        var routineLong = Item("Routine", waitedMinutes: 600, sequence: 1);
        var urgentShort = Item("Urgent", waitedMinutes: 5, sequence: 2);
        var urgentLong = Item("Urgent", waitedMinutes: 90, sequence: 3);
        var emergency = Item("Emergency", waitedMinutes: 1, sequence: 4);

        _queue.BeginSnapshot();
        _queue.Load(Snapshot(4, routineLong, urgentShort, urgentLong, emergency), Now);

        _queue.Entries.Select(e => e.Id).ShouldBe([emergency.Id, urgentLong.Id, urgentShort.Id, routineLong.Id]);
    }

    [Fact]
    public void ANewRequestAfterTheSnapshot_JoinsTheQueue_InItsPlace_MarkedAsArrivedLive()
    {
        var waiting = Item("Urgent", 30, sequence: 5);
        _queue.Load(Snapshot(5, waiting), Now);
        var id = Guid.NewGuid();

        var change = _queue.Apply(Change(id, 6, "Requested", "Emergency"), Now.AddSeconds(3));

        change.ShouldBe(QueueChange.Added);
        _queue.Entries.Select(e => e.Id).ShouldBe([id, waiting.Id]);
        var arrived = _queue.Entries[0];
        arrived.ArrivedLiveAt.ShouldBe(Now.AddSeconds(3));
        arrived.HasDetails.ShouldBeFalse();
        _queue.MissingDetails.ShouldBe([id]);
    }

    [Fact]
    public void MessagesTheSnapshotAlreadyHolds_AreIgnored()
    {
        var waiting = Item("Routine", 30, sequence: 8);
        _queue.Load(Snapshot(10, waiting), Now);

        _queue.Apply(Change(waiting.Id, 9, "Claimed"), Now).ShouldBe(QueueChange.Ignored);
        _queue.Apply(Change(Guid.NewGuid(), 10, "Requested"), Now).ShouldBe(QueueChange.Ignored);

        _queue.Entries.Select(e => e.Id).ShouldBe([waiting.Id], "a claim at sequence 9 happened before the snapshot, which still shows it waiting: it was released since");
    }

    [Fact]
    public void ADuplicateMessage_IsAppliedOnce()
    {
        _queue.Load(Snapshot(3), Now);
        var id = Guid.NewGuid();

        _queue.Apply(Change(id, 4, "Requested"), Now).ShouldBe(QueueChange.Added);
        _queue.Apply(Change(id, 4, "Requested"), Now).ShouldBe(QueueChange.Ignored);

        _queue.Entries.Count.ShouldBe(1);
    }

    [Fact]
    public void ALateMessage_NeverBringsBackARequestClaimedMeanwhile()
    {
        _queue.Load(Snapshot(3), Now);
        var id = Guid.NewGuid();

        // The claim (12) overtakes the request (11) in flight.
        _queue.Apply(Change(id, 12, "Claimed"), Now).ShouldBe(QueueChange.Unchanged);
        _queue.Apply(Change(id, 11, "Requested"), Now).ShouldBe(QueueChange.Ignored);

        _queue.Entries.ShouldBeEmpty();
    }

    [Fact]
    public void OutOfOrderMessages_OfDifferentRequests_AllCount()
    {
        _queue.Load(Snapshot(20), Now);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        _queue.Apply(Change(second, 23, "Requested"), Now).ShouldBe(QueueChange.Added);
        _queue.Apply(Change(first, 21, "Requested"), Now).ShouldBe(QueueChange.Added);

        _queue.Entries.Select(e => e.Id).ShouldBe([first, second], ignoreOrder: true);
    }

    [Fact]
    public void AClaimOrACancellation_TakesTheRequestOffTheQueue()
    {
        var (a, b) = (Item("Routine", 30, sequence: 1), Item("Urgent", 10, sequence: 2));
        _queue.Load(Snapshot(2, a, b), Now);

        _queue.Apply(Change(a.Id, 3, "Claimed"), Now).ShouldBe(QueueChange.Removed);
        _queue.Apply(Change(b.Id, 4, "Cancelled"), Now).ShouldBe(QueueChange.Removed);

        _queue.Entries.ShouldBeEmpty();
    }

    [Fact]
    public void AReleasedRequest_ComesBack_WithItsOriginalWaitingTime()
    {
        var a = Item("Routine", 30, sequence: 1);
        _queue.Load(Snapshot(1, a), Now);
        _queue.Apply(Change(a.Id, 2, "Claimed"), Now);

        _queue.Apply(Change(a.Id, 3, "Requested", waitedMinutes: 45), Now).ShouldBe(QueueChange.Added);

        _queue.Entries.ShouldHaveSingleItem().RequestedAt.ShouldBe(Now.AddMinutes(-45));
    }

    [Fact]
    public void MessagesArrivingWhileTheSnapshotIsRead_AreKept_AndOnlyThoseItDoesNotHoldAreApplied()
    {
        var (held, claimedLater, newer) = (Item("Routine", 30, sequence: 7), Item("Urgent", 20, sequence: 6), Guid.NewGuid());
        _queue.BeginSnapshot();

        _queue.Apply(Change(held.Id, 7, "Requested"), Now).ShouldBe(QueueChange.Buffered);
        _queue.Apply(Change(newer, 9, "Requested", "Emergency"), Now).ShouldBe(QueueChange.Buffered);
        _queue.Apply(Change(claimedLater.Id, 10, "Claimed"), Now).ShouldBe(QueueChange.Buffered);
        _queue.Entries.ShouldBeEmpty();

        _queue.Load(Snapshot(8, held, claimedLater), Now);

        _queue.Entries.Select(e => e.Id).ShouldBe([newer, held.Id]);
        _queue.AsOf.ShouldBe(8);
    }

    [Fact]
    public void AfterAReconnect_ANewSnapshot_ReplacesWhatWasMissed()
    {
        var (a, b) = (Item("Routine", 30, sequence: 1), Item("Urgent", 10, sequence: 2));
        _queue.Load(Snapshot(2, a, b), Now);

        // While the connection was down: a was claimed (3), c was requested (4) — no message arrived. Then a new snapshot.
        var c = Item("Emergency", 1, sequence: 4);
        _queue.BeginSnapshot();
        _queue.Load(Snapshot(4, b, c), Now.AddMinutes(1));

        _queue.Entries.Select(e => e.Id).ShouldBe([c.Id, b.Id]);
        _queue.Apply(Change(a.Id, 3, "Claimed"), Now).ShouldBe(QueueChange.Ignored, "the new snapshot already holds it");
        _queue.Apply(Change(b.Id, 5, "Claimed"), Now).ShouldBe(QueueChange.Removed);
    }

    [Fact]
    public void AResnapshot_KeepsTheHighlightOfARequestThatArrivedLive()
    {
        _queue.Load(Snapshot(1), Now);
        var id = Guid.NewGuid();
        _queue.Apply(Change(id, 2, "Requested"), Now);

        _queue.BeginSnapshot();
        _queue.Load(Snapshot(2, Item("Routine", 1, sequence: 2, id: id)), Now.AddSeconds(2));

        _queue.Entries.ShouldHaveSingleItem().ArrivedLiveAt.ShouldBe(Now);
    }

    [Fact]
    public void AnUrgencyChange_MovesTheRequestUp()
    {
        var (routine, urgent) = (Item("Routine", 60, sequence: 1), Item("Urgent", 5, sequence: 2));
        _queue.Load(Snapshot(2, routine, urgent), Now);

        _queue.Apply(Change(routine.Id, 3, "Requested", "Emergency", waitedMinutes: 60), Now).ShouldBe(QueueChange.Updated);

        _queue.Entries.Select(e => e.Id).ShouldBe([routine.Id, urgent.Id]);
    }

    [Fact]
    public void OverdueIsComputedLive_FromTheResponseTarget_ByTheServersClock()
    {
        var item = Item("Emergency", waitedMinutes: 25, sequence: 1, targetMinutes: 30);

        // This browser's clock is 2 minutes behind the server's.
        _queue.Load(Snapshot(1, item) with { GeneratedAt = Now }, Now.AddMinutes(-2));
        var entry = _queue.Entries.Single();

        _queue.IsOverdue(entry, Now.AddMinutes(-2)).ShouldBeFalse();
        _queue.IsOverdue(entry, Now.AddMinutes(2)).ShouldBeFalse("a minute is left by the server's clock");
        _queue.IsOverdue(entry, Now.AddMinutes(3)).ShouldBeTrue("30 minutes have passed on the server: due at requested + 30 min");
        _queue.Waited(entry, Now.AddMinutes(3)).ShouldBe(TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void FillingIn_APatientAndSummary_OfARequestThatArrivedLive()
    {
        _queue.Load(Snapshot(1), Now);
        var id = Guid.NewGuid();
        _queue.Apply(Change(id, 2, "Requested"), Now);

        _queue.Fill(Consultation(id, "Requested", ["claim"], reference: "SQ-2026-0999"));

        var entry = _queue.Entries.Single();
        entry.Patient!.Reference.ShouldBe("SQ-2026-0999");
        entry.RequestingHospitalName.ShouldBe("石泉县医院");
        _queue.MissingDetails.ShouldBeEmpty();
    }
}
