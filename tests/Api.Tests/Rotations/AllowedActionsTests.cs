using System.Net;
using System.Net.Http.Json;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Contracts.Staff;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Api.Tests.Reminders;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Rotations;

/// <summary>
/// The server decides what each person may do (ADR 0041): every record's <c>allowedActions</c>, and what a person may
/// start in <c>/api/me</c>'s capabilities, per role against ADR 0013's tables — rotations, technology gaps, support
/// requests and joint activities — read by each role from the same record.
/// </summary>
public sealed class AllowedActionsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    private static DateOnly Today => WorkKit.Today;

    private async Task<Dictionary<string, IReadOnlyList<T>>> AsEachRole<T>(string path, Func<HttpClient, string, Task<IReadOnlyList<T>>> read, params string[] emails)
    {
        var seen = new Dictionary<string, IReadOnlyList<T>>();
        foreach (var email in emails)
        {
            using var client = await Api.ClientFor(email);
            seen[email] = await read(client, path);
        }

        return seen;
    }

    private static readonly string[] Everyone =
        [Demo.Admin, Demo.CityCoordinator, Demo.LangaoCoordinator, Demo.IcuSpecialist, Demo.CardiologySpecialist, Demo.LangaoClinician];

    [Fact]
    public async Task Rotations_AreMovedByAdministrators_AndTheCitySidesCoordinators_NotByTheCountyForAnOutboundRole()
    {
        var clinician = await Api.NewCityClinicianAsync(name: "权限测试");
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var planned = await city.PlanAsync(WorkKit.Outbound(clinician, langaoIcu, Today.AddDays(700), Today.AddDays(760)));

        var seen = await AsEachRole($"/api/rotations/{planned.Id}", async (c, p) => (await c.GetFromJsonAsync<RotationResponse>(p))!.AllowedActions, Everyone);

        RotationAction[] planMoves = [RotationAction.Start, RotationAction.Reschedule, RotationAction.Cancel, RotationAction.Edit];
        seen[Demo.Admin].ShouldBe(planMoves, ignoreOrder: true);
        seen[Demo.CityCoordinator].ShouldBe(planMoves, ignoreOrder: true);
        seen[Demo.LangaoCoordinator].ShouldBeEmpty();
        seen[Demo.IcuSpecialist].ShouldBeEmpty();
        seen[Demo.CardiologySpecialist].ShouldBeEmpty();
        seen[Demo.LangaoClinician].ShouldBeEmpty();

        var started = await (await city.MoveAsync($"/api/rotations/{planned.Id}/start", planned.Version)).ShouldBe<RotationResponse>(HttpStatusCode.OK);
        started.AllowedActions.ShouldBe([RotationAction.Complete, RotationAction.Reschedule, RotationAction.Cancel, RotationAction.Edit], ignoreOrder: true);
        var cancelled = await (await city.MoveAsync($"/api/rotations/{planned.Id}/cancel", started.Version, new CancelRotationRequest("测试结束")))
            .ShouldBe<RotationResponse>(HttpStatusCode.OK);
        cancelled.AllowedActions.ShouldBeEmpty();
    }

    [Fact]
    public async Task ACountyCoordinator_MovesTheInboundStudyOfTheirOwnClinician_AsTheListsSayToo()
    {
        var langaoClinician = await Api.StaffIdAsync(Demo.LangaoClinician);
        var cityIcu = await Api.DepartmentId(Demo.City, "critical-care");
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        var study = await langao.PlanAsync(new RotationRequest(langaoClinician, null, cityIcu, RotationRole.InboundAdvancedStudy, Today.AddDays(800), Today.AddDays(860), "进修重症医学", null));

        study.AllowedActions.ShouldBe([RotationAction.Start, RotationAction.Reschedule, RotationAction.Cancel, RotationAction.Edit], ignoreOrder: true);
        var listed = await langao.GetFromJsonAsync<PagedResponse<RotationResponse>>($"/api/rotations?clinicianId={langaoClinician}&pageSize=200");
        listed!.Items.Single(r => r.Id == study.Id).AllowedActions.ShouldBe(study.AllowedActions, ignoreOrder: true);
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        (await city.GetFromJsonAsync<RotationResponse>($"/api/rotations/{study.Id}"))!.AllowedActions.ShouldBe(study.AllowedActions, ignoreOrder: true);
        using var clinician = await Api.ClientFor(Demo.LangaoClinician);
        (await clinician.GetFromJsonAsync<RotationResponse>($"/api/rotations/{study.Id}"))!.AllowedActions.ShouldBeEmpty();
    }

    [Fact]
    public async Task TechnologyGaps_FollowTheirLifecycle_AndWhoDoesWhat()
    {
        var langao = await Api.HospitalId(Demo.Langao);
        var cityIcu = await Api.DepartmentId(Demo.City, "critical-care");
        var mentor = await Api.StaffIdAsync(Demo.IcuSpecialist);
        using var county = await Api.ClientFor(Demo.LangaoCoordinator);
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var gap = await county.DeclareAsync(new TechnologyGapRequest(langao, "critical-care", "权限测试技术", null, GapScope.Hospital, GapPriority.Medium, Today.AddDays(-10), null));

        async Task<IReadOnlyList<TechnologyGapAction>> Read(HttpClient c, string p) => (await c.GetFromJsonAsync<TechnologyGapResponse>(p))!.AllowedActions;
        var identified = await AsEachRole($"/api/technology-gaps/{gap.Id}", Read, Everyone);

        identified[Demo.Admin].ShouldBe([TechnologyGapAction.Plan, TechnologyGapAction.Abandon, TechnologyGapAction.Edit], ignoreOrder: true);
        identified[Demo.CityCoordinator].ShouldBe([TechnologyGapAction.Plan]);
        identified[Demo.LangaoCoordinator].ShouldBe([TechnologyGapAction.Abandon, TechnologyGapAction.Edit], ignoreOrder: true);
        identified[Demo.IcuSpecialist].ShouldBeEmpty();
        identified[Demo.CardiologySpecialist].ShouldBeEmpty();
        identified[Demo.LangaoClinician].ShouldBeEmpty();

        gap = await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", gap.Version, new PlanTechnologyGapRequest(cityIcu, mentor, Today.AddDays(60))))
            .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
        var planned = await AsEachRole($"/api/technology-gaps/{gap.Id}", Read, Everyone);

        planned[Demo.Admin].ShouldBe([TechnologyGapAction.Plan, TechnologyGapAction.FirstCase, TechnologyGapAction.Abandon, TechnologyGapAction.Edit], ignoreOrder: true);
        planned[Demo.CityCoordinator].ShouldBe([TechnologyGapAction.Plan, TechnologyGapAction.Abandon], ignoreOrder: true);
        planned[Demo.LangaoCoordinator].ShouldBe([TechnologyGapAction.FirstCase, TechnologyGapAction.Abandon, TechnologyGapAction.Edit], ignoreOrder: true);
        planned[Demo.IcuSpecialist].ShouldBe([TechnologyGapAction.FirstCase]);
        planned[Demo.CardiologySpecialist].ShouldBeEmpty();
        planned[Demo.LangaoClinician].ShouldBeEmpty();

        gap = await (await county.MoveAsync($"/api/technology-gaps/{gap.Id}/first-case", gap.Version, new FirstCaseRequest(Today.AddDays(-1), null, "县医生", mentor, "QX-0001")))
            .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
        var filled = await AsEachRole($"/api/technology-gaps/{gap.Id}", Read, Everyone);

        filled[Demo.Admin].ShouldBe([TechnologyGapAction.Establish, TechnologyGapAction.Abandon, TechnologyGapAction.Edit], ignoreOrder: true);
        filled[Demo.CityCoordinator].ShouldBe([TechnologyGapAction.Abandon]);
        filled[Demo.LangaoCoordinator].ShouldBe([TechnologyGapAction.Establish, TechnologyGapAction.Abandon, TechnologyGapAction.Edit], ignoreOrder: true);
        filled[Demo.IcuSpecialist].ShouldBeEmpty();
        filled[Demo.LangaoClinician].ShouldBeEmpty();
    }

    [Fact]
    public async Task SupportRequests_AreWithdrawnByTheirCounty_AndAnsweredByTheCitySide()
    {
        var langao = await Api.HospitalId(Demo.Langao);
        using var county = await Api.ClientFor(Demo.LangaoCoordinator);
        var request = await (await county.PostAsJsonAsync("/api/support-requests", new SupportRequestRequest(langao, null, "critical-care", "权限测试需求", 3)))
            .ShouldBe<SupportRequestResponse>(HttpStatusCode.Created);

        async Task<IReadOnlyList<SupportRequestAction>> Read(HttpClient c, string p) => (await c.GetFromJsonAsync<SupportRequestResponse>(p))!.AllowedActions;
        var open = await AsEachRole($"/api/support-requests/{request.Id}", Read, Everyone);

        open[Demo.Admin].ShouldBe([SupportRequestAction.PlanRotation, SupportRequestAction.Withdraw, SupportRequestAction.Edit], ignoreOrder: true);
        open[Demo.CityCoordinator].ShouldBe([SupportRequestAction.PlanRotation]);
        open[Demo.LangaoCoordinator].ShouldBe([SupportRequestAction.Withdraw, SupportRequestAction.Edit], ignoreOrder: true);
        open[Demo.IcuSpecialist].ShouldBeEmpty();
        open[Demo.CardiologySpecialist].ShouldBeEmpty();
        open[Demo.LangaoClinician].ShouldBeEmpty();

        var withdrawn = await (await county.MoveAsync($"/api/support-requests/{request.Id}/withdraw", request.Version)).ShouldBe<SupportRequestResponse>(HttpStatusCode.OK);
        withdrawn.AllowedActions.ShouldBeEmpty();
        using var admin = await Api.ClientFor(Demo.Admin);
        (await admin.GetFromJsonAsync<SupportRequestResponse>($"/api/support-requests/{request.Id}"))!.AllowedActions.ShouldBeEmpty();
    }

    [Fact]
    public async Task WhatEachRoleMayStart_IsInMe_ActivitiesRecordedByAdministratorsAndCoordinatorsOnly()
    {
        var seen = await AsEachRole("/api/me", async (c, p) => (await c.GetFromJsonAsync<MeResponse>(p))!.Capabilities, Everyone);

        seen[Demo.Admin].ShouldBe(
            [Capability.ManageAlliance, Capability.AskForSupport, Capability.PlanRotations, Capability.PlanInboundStudy, Capability.DeclareGap, Capability.RecordActivity],
            ignoreOrder: true);
        seen[Demo.CityCoordinator].ShouldBe([Capability.PlanRotations, Capability.PlanInboundStudy, Capability.RecordActivity], ignoreOrder: true);
        seen[Demo.LangaoCoordinator].ShouldBe([Capability.AskForSupport, Capability.PlanInboundStudy, Capability.DeclareGap, Capability.RecordActivity], ignoreOrder: true);
        seen[Demo.IcuSpecialist].ShouldBeEmpty();
        seen[Demo.CardiologySpecialist].ShouldBeEmpty();
        seen[Demo.LangaoClinician].ShouldBe([Capability.RequestConsultation]);
    }

    [Fact]
    public async Task PairingsAndHospitals_AreChangedByAdministrators_DepartmentsAddedByTheHospitalsOwnCoordinators()
    {
        var langao = await Api.HospitalId(Demo.Langao);
        var seen = await AsEachRole($"/api/hospitals/{langao}", async (c, p) => (await c.GetFromJsonAsync<HospitalResponse>(p))!.AllowedActions, Demo.Admin, Demo.LangaoCoordinator, Demo.CityCoordinator);

        seen[Demo.Admin].ShouldBe([HospitalAction.Edit, HospitalAction.AddDepartment, HospitalAction.AddPartyBranch], ignoreOrder: true);
        seen[Demo.LangaoCoordinator].ShouldBe([HospitalAction.AddDepartment, HospitalAction.AddPartyBranch], ignoreOrder: true);
        seen[Demo.CityCoordinator].ShouldBeEmpty();

        using var admin = await Api.ClientFor(Demo.Admin);
        using var coordinator = await Api.ClientFor(Demo.LangaoCoordinator);
        var pairings = await admin.GetFromJsonAsync<PagedResponse<PairingResponse>>("/api/pairings?status=Active&pageSize=200");
        var active = pairings!.Items.First(p => p.CountyHospitalId == langao);
        active.AllowedActions.ShouldBe([PairingAction.Suspend, PairingAction.End, PairingAction.Edit], ignoreOrder: true);
        (await coordinator.GetFromJsonAsync<PairingResponse>($"/api/pairings/{active.Id}"))!.AllowedActions.ShouldBeEmpty();
    }
}
