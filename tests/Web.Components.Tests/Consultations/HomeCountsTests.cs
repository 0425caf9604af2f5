using SpecialtyAlliance.Contracts.Staff;
using Bunit;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Web.Components.Consultations;
using SpecialtyAlliance.Web.Layout;
using static SpecialtyAlliance.Web.Components.Tests.Consultations.ConsultationData;
using SpecialtyAlliance.Web.Components.Tests.Kit;

namespace SpecialtyAlliance.Web.Components.Tests.Consultations;

/// <summary>The role homes count what waits for a specialist and a clinician, each count leading to its list; navigation offers their daily pages.</summary>
public sealed class HomeCountsTests : ConsultationContext
{
    [Fact]
    public async Task ASpecialistsHome_CountsTheirQueue_AndWhatTheyHaveToSchedule()
    {
        var me = await SignInAsAsync(StaffRole.Specialist);
        Api.Get("/api/consultations/queue", Snapshot(9, Item("Urgent", 5, 8), Item("Routine", 50, 9)));
        Api.Get($"/api/consultations?claimedBy={me.Id}&status=Claimed&pageSize=1", Page(3));

        var counts = Render<ConsultationCounts>();

        counts.WaitForAssertion(() => counts.Find("[data-testid=count-queue]").GetAttribute("data-count").ShouldBe("2"));
        counts.Find("[data-testid=count-queue]").GetAttribute("href").ShouldBe("queue");
        counts.Find("[data-testid=count-queue]").TextContent.ShouldContain("队列中等待");
        counts.Find("[data-testid=count-to-schedule]").GetAttribute("data-count").ShouldBe("3");
    }

    [Fact]
    public async Task ACliniciansHome_CountsWhatWaits_AndWhatWaitsForThem()
    {
        await SignInAsAsync(StaffRole.Clinician);
        Api.Get("/api/consultations?status=Requested&pageSize=1", Page(4));
        Api.Get("/api/consultations?status=InfoRequested&pageSize=1", Page(1));
        Api.Get("/api/consultations?status=Completed&pageSize=1", Page(2));

        var counts = Render<ConsultationCounts>();

        counts.WaitForAssertion(() => counts.Find("[data-testid=count-info-requested]").GetAttribute("data-count").ShouldBe("1"));
        counts.Find("[data-testid=count-waiting]").GetAttribute("data-count").ShouldBe("4");
        counts.Find("[data-testid=count-close-out]").GetAttribute("data-count").ShouldBe("2");
        counts.Find("[data-testid=count-close-out]").GetAttribute("href").ShouldBe("consultations?status=Completed");
    }

    [Theory]
    [InlineData(StaffRole.Specialist, new[] { "queue", "agenda", "availability" })]
    [InlineData(StaffRole.Clinician, new[] { "request-consultation", "my-consultations" })]
    public void TheDailyPages_AreQuickLinksOfTheirRoles(StaffRole role, string[] keys)
    {
        foreach (var key in keys)
        {
            Navigation.QuickLinksFor(role).ShouldContain(l => l.Key == key);
        }
    }

    private static PagedResponse<ConsultationSummaryResponse> Page(int total) => new([], 1, 1, total);
}
