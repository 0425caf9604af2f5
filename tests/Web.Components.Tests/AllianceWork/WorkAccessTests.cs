using Bunit;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Web.Components.AllianceWork;
using SpecialtyAlliance.Web.Components.Tests.Kit;
using SpecialtyAlliance.Web.Layout;
using static SpecialtyAlliance.Web.Components.Tests.Kit.AllianceWorkData;

namespace SpecialtyAlliance.Web.Components.Tests.AllianceWork;

/// <summary>
/// Which moves the pages offer whom (ADR 0013 seen from the client): the county asks, declares and records; the city
/// plans and mentors; administrators do everything; specialists and clinicians read (a mentor may record a first case).
/// </summary>
public sealed class WorkAccessTests : WebTestContext
{
    private static WorkAccess City(string role = Roles.Coordinator, Guid? department = null) =>
        new(Person(role, CityHospitalId) with { DepartmentId = department }, OnCitySide: true);

    private static WorkAccess County(string role = Roles.Coordinator) => new(Person(role), OnCitySide: false);

    private static WorkAccess Admin => new(Person(Roles.Administrator), OnCitySide: true);

    [Fact]
    public void SupportIsAskedForByTheCounty_AndAnsweredByTheCity()
    {
        var open = new SupportRequestResponse(Guid.NewGuid(), LangaoHospitalId, "岚皋", null, null, "cardiology", "心血管内科", "需", 3, "Open", Guid.NewGuid(), "吴", default, default, [], 1);

        (County().MayAskForSupport, City().MayAskForSupport, Admin.MayAskForSupport).ShouldBe((true, false, true));
        (County().MayWithdraw(open), City().MayWithdraw(open), Admin.MayWithdraw(open)).ShouldBe((true, false, true));
        County().MayWithdraw(open with { Status = "Answered" }).ShouldBeFalse();
        (County().MayPlanFor(open), City().MayPlanFor(open), City().MayPlanFor(open with { Status = "Withdrawn" })).ShouldBe((false, true, false));
        County(Roles.Clinician).MayAskForSupport.ShouldBeFalse();
    }

    [Fact]
    public void TheCityMovesRotations_AndTheCountyOnlyItsOwnCliniciansAdvancedStudy()
    {
        var stationed = Rotation("Active");
        var study = Rotation("Planned", "InboundAdvancedStudy") with { HomeHospitalId = LangaoHospitalId, HostHospitalId = CityHospitalId };

        (City().MayMove(stationed), County().MayMove(stationed), Admin.MayMove(stationed)).ShouldBe((true, false, true));
        County().MayMove(study).ShouldBeTrue();
        City().MayMove(stationed with { Status = "Completed" }).ShouldBeFalse();
        City(Roles.Specialist).MayMove(stationed).ShouldBeFalse();
        County().MayPlanRole("ResidentExpert").ShouldBeFalse();
        County().MayPlanRole("InboundAdvancedStudy").ShouldBeTrue();
    }

    [Fact]
    public void GapsAreDeclaredAndRecordedByTheCounty_PlannedByTheCity_AndAMentorMayRecordTheFirstCase()
    {
        var identified = Gap("CRRT");
        var planned = Gap("CRRT", "Planned");
        var performed = Gap("CRRT", "FirstCasePerformed", firstCase: new DateOnly(2026, 1, 1));

        (County().MayDeclareGap, City().MayDeclareGap).ShouldBe((true, false));
        (City().MayPlan(identified), City().MayPlan(planned), County().MayPlan(identified), City().MayPlan(performed)).ShouldBe((true, true, false, false));
        (County().MayRecordFirstCase(planned), County().MayRecordFirstCase(identified)).ShouldBe((true, false));
        City(Roles.Specialist, CityCardiology).MayRecordFirstCase(planned).ShouldBeTrue("a specialist of the mentoring department records it with the county");
        City(Roles.Specialist, Guid.NewGuid()).MayRecordFirstCase(planned).ShouldBeFalse();
        (County().MayEstablish(performed), City().MayEstablish(performed)).ShouldBe((true, false));
        (County().MayAbandon(planned), City().MayAbandon(planned), City().MayAbandon(identified)).ShouldBe((true, true, false),
            "the mentoring hospital's coordinators may abandon a gap they plan; an identified one has no mentor yet");
        County(Roles.Clinician).MayAbandon(planned).ShouldBeFalse();
    }

    [Theory]
    [InlineData("AcademicForum", true)]
    [InlineData("SurgicalTeaching", true)]
    [InlineData("FreeClinic", false)]
    [InlineData(null, false)]
    public void LiveSurgery_IsOfferedWhereTheApiAllowsIt(string? kind, bool allowed) => WorkAccess.AllowsLiveSurgery(kind).ShouldBe(allowed);

    [Theory]
    [InlineData(Roles.Coordinator, true)]
    [InlineData(Roles.Administrator, true)]
    [InlineData(Roles.Specialist, false)]
    [InlineData(Roles.Clinician, false)]
    public void TheAllianceWorksQuickLinks_AreForThoseWhoKeepIt(string role, bool offered)
    {
        string[] keys = ["open-support-requests", "rotation-timeline", "coverage", "gap-board", "record-activity"];

        Navigation.QuickLinksFor(role).Count(l => keys.Contains(l.Key)).ShouldBe(offered ? keys.Length : 0);
    }

    [Fact]
    public async Task TheHomeCounts_AreTheTotalsOfTheirLists_AndLeadToThem()
    {
        await SignInAsync(Person(Roles.Coordinator, CityHospitalId));
        Api.Get("/api/support-requests?status=Open&pageSize=1", new PagedResponse<SupportRequestResponse>([], 1, 1, 2));
        Api.Get("/api/technology-gaps?status=Planned&pageSize=1", new PagedResponse<TechnologyGapResponse>([], 1, 1, 5));
        Api.Get("/api/rotations?status=Active&pageSize=1", new PagedResponse<RotationResponse>([], 1, 1, 3));

        var counts = Render<AllianceWorkCounts>();

        counts.WaitForAssertion(() => counts.Find("[data-testid=count-open-support-requests]").TextContent.ShouldContain("2"));
        counts.Find("[data-testid=count-gaps-planned]").TextContent.ShouldContain("5");
        counts.Find("[data-testid=count-active-rotations]").TextContent.ShouldContain("3");
        counts.Find("[data-testid=count-open-support-requests]").GetAttribute("href").ShouldBe("support-requests?status=Open");
    }

    [Fact]
    public async Task TheHomeCounts_AreNotShownToClinicians()
    {
        await SignInAsync(Person(Roles.Clinician));

        Render<AllianceWorkCounts>().FindAll("[data-testid=home-work-counts]").ShouldBeEmpty();
        Api.Requests.ShouldNotContain(r => r.PathAndQuery.StartsWith("/api/support-requests", StringComparison.Ordinal));
    }
}
