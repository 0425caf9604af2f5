using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Web.Consultations;
using static SpecialtyAlliance.Web.Components.Tests.Consultations.ConsultationData;

namespace SpecialtyAlliance.Web.Components.Tests.Consultations;

/// <summary>A page of consultations kept live: a row changes by a newer message only; a message about another consultation asks for a new read.</summary>
public sealed class LiveListTests
{
    private static readonly ConsultationSummaryResponse Row = new(
        Guid.NewGuid(), "cardiology", "心血管内科", Urgency.Urgent, ConsultationStatus.Requested, ShiquanId, "石泉县医院", Guid.NewGuid(), "孙建国", "SQ-2026-0147",
        Now.AddMinutes(-30), Now.AddHours(3), false, null, null, null, null, LastSequence: 10, Version: 3);

    [Fact]
    public void ANewerMessage_ChangesTheRowsStatus_InPlace()
    {
        var (items, change) = LiveList.Apply([Row], Change(Row.Id, 11, "Claimed", "Urgent"));

        change.ShouldBe(ListChange.Updated);
        var row = items.ShouldHaveSingleItem();
        row.Status.ShouldBe(ConsultationStatus.Claimed);
        row.LastSequence.ShouldBe(11);
        row.ClaimedById.ShouldNotBeNull();
        row.ClaimedByName.ShouldBeNull("the name is read with the page again");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(9)]
    public void AnOlderOrRepeatedMessage_ChangesNothing(long sequence)
    {
        var (items, change) = LiveList.Apply([Row], Change(Row.Id, sequence, "Cancelled"));

        change.ShouldBe(ListChange.Stale);
        items.ShouldHaveSingleItem().Status.ShouldBe(ConsultationStatus.Requested);
    }

    [Fact]
    public void AMessageAboutAnotherConsultation_AsksForTheListToBeReadAgain()
    {
        var (items, change) = LiveList.Apply([Row], Change(Guid.NewGuid(), 12, "Requested"));

        change.ShouldBe(ListChange.NotOnPage);
        items.ShouldHaveSingleItem().ShouldBe(Row);
    }
}
