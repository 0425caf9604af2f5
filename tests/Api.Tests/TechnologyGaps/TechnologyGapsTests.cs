using System.Net;
using System.Net.Http.Json;
using SpecialtyAlliance.Api.Tests.Reminders;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.TechnologyGaps;

/// <summary>
/// A gap's life over HTTP: the county declares it, the city plans the mentoring, the first case fills it, the county
/// establishes it — each by the people whose step it is, every invalid move a 409.
/// </summary>
public sealed class TechnologyGapsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    private static DateOnly Today => WorkKit.Today;

    private async Task<TechnologyGapResponse> DeclareAtLangaoAsync(string technique = "床旁超声引导下中心静脉置管", DateOnly? identifiedOn = null)
    {
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        return await langao.DeclareAsync(new TechnologyGapRequest(
            await Api.HospitalId(Demo.Langao), "critical-care", technique, "县域首例", GapScope.County, GapPriority.High, identifiedOn ?? Today.AddDays(-30), null));
    }

    private async Task<PlanTechnologyGapRequest> IcuPlanAsync(DateOnly target) =>
        new(await Api.DepartmentId(Demo.City, "critical-care"), await Api.StaffIdAsync(Demo.IcuSpecialist), target);

    [Fact]
    public async Task TheWholeLife_DeclarePlanFirstCaseEstablish_ByThePeopleWhoseStepItIs()
    {
        var gap = await DeclareAtLangaoAsync();
        gap.Status.ShouldBe(TechnologyGapStatus.Identified);
        gap.HospitalName.ShouldBe(Demo.Langao);
        gap.SpecialtyNameZh.ShouldBe("重症医学科");
        gap.Filled.ShouldBeFalse();

        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var planned = await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", gap.Version, await IcuPlanAsync(Today.AddDays(60))))
            .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
        planned.Status.ShouldBe(TechnologyGapStatus.Planned);
        planned.MentoringDepartmentName.ShouldBe("重症医学科");
        planned.LeadMentorName.ShouldBe("刘静怡");
        planned.TargetDate.ShouldBe(Today.AddDays(60));

        // The mentoring department's specialist records the first case with the county.
        using var mentor = await Api.ClientFor(Demo.IcuSpecialist);
        var langaoClinician = await Api.StaffIdAsync(Demo.LangaoClinician);
        var filled = await (await mentor.MoveAsync($"/api/technology-gaps/{gap.Id}/first-case", planned.Version,
                new FirstCaseRequest(Today.AddDays(-1), langaoClinician, null, await Api.StaffIdAsync(Demo.IcuSpecialist), "LG-ICU-0001")))
            .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
        filled.Status.ShouldBe(TechnologyGapStatus.FirstCasePerformed);
        filled.Filled.ShouldBeTrue();
        filled.FirstCaseOn.ShouldBe(Today.AddDays(-1));
        filled.LeadOperatorName.ShouldBe("郑雨桐");
        filled.SupervisingMentorName.ShouldBe("刘静怡");
        filled.CaseReference.ShouldBe("LG-ICU-0001");

        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        var established = await (await langao.MoveAsync($"/api/technology-gaps/{gap.Id}/establish", filled.Version, new EstablishTechnologyGapRequest(Today)))
            .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
        established.Status.ShouldBe(TechnologyGapStatus.Established);
        established.EstablishedOn.ShouldBe(Today);
        established.Filled.ShouldBeTrue();
    }

    [Fact]
    public async Task InvalidMoves_Are409InvalidTransition_AndChangeNothing()
    {
        var gap = await DeclareAtLangaoAsync();
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var mentor = await Api.StaffIdAsync(Demo.IcuSpecialist);

        await (await langao.MoveAsync($"/api/technology-gaps/{gap.Id}/first-case", gap.Version, new FirstCaseRequest(Today, null, "某医生", mentor, "X-1")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");
        await (await langao.MoveAsync($"/api/technology-gaps/{gap.Id}/establish", gap.Version, new EstablishTechnologyGapRequest(Today)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");
        var abandoned = await (await langao.MoveAsync($"/api/technology-gaps/{gap.Id}/abandon", gap.Version, new AbandonTechnologyGapRequest("设备未到位")))
            .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
        abandoned.AbandonReason.ShouldBe("设备未到位");
        await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", abandoned.Version, await IcuPlanAsync(Today.AddDays(10))))
            .ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");
        await (await langao.MoveAsync($"/api/technology-gaps/{gap.Id}/abandon", abandoned.Version, new AbandonTechnologyGapRequest("再次放弃")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");

        (await langao.GetFromJsonAsync<TechnologyGapResponse>($"/api/technology-gaps/{gap.Id}"))!.Status.ShouldBe(TechnologyGapStatus.Abandoned);
    }

    [Fact]
    public async Task EachStep_BelongsToItsSide()
    {
        var langao = await Api.HospitalId(Demo.Langao);
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        using var langaoCoordinator = await Api.ClientFor(Demo.LangaoCoordinator);
        using var neurologist = await Api.ClientFor("neurology@ankang.demo");

        await (await city.PostAsJsonAsync("/api/technology-gaps", new TechnologyGapRequest(langao, "critical-care", "代为申报", null, GapScope.Hospital, GapPriority.Low, null, null)))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        var gap = await DeclareAtLangaoAsync();
        await (await langaoCoordinator.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", gap.Version, await IcuPlanAsync(Today.AddDays(30))))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        var planned = await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", gap.Version, await IcuPlanAsync(Today.AddDays(30))))
            .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);

        // A specialist of another department is not the mentor team.
        await (await neurologist.MoveAsync($"/api/technology-gaps/{gap.Id}/first-case", planned.Version,
                new FirstCaseRequest(Today, null, "某医生", await Api.StaffIdAsync(Demo.IcuSpecialist), "X-2")))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/establish", planned.Version, new EstablishTechnologyGapRequest(Today)))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Plan_NamesACityDepartmentAndOneOfItsPeople()
    {
        var gap = await DeclareAtLangaoAsync();
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var cityIcu = await Api.DepartmentId(Demo.City, "critical-care");
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        var cardiologist = await Api.StaffIdAsync(Demo.CardiologySpecialist);

        (await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", gap.Version, new PlanTechnologyGapRequest(langaoIcu, cardiologist, Today)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["mentoringDepartmentId"]);
        (await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", gap.Version, new PlanTechnologyGapRequest(cityIcu, cardiologist, Today)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["leadMentorId"]);
        (await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", gap.Version, new PlanTechnologyGapRequest(Guid.Empty, Guid.Empty, default)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["mentoringDepartmentId", "leadMentorId", "targetDate"], ignoreOrder: true);
        (await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", gap.Version, await IcuPlanAsync(Today.AddDays(-31))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["targetDate"]);
    }

    [Fact]
    public async Task InvalidDeclaration_IsA400_WithAnErrorPerField()
    {
        var langao = await Api.HospitalId(Demo.Langao);
        using var coordinator = await Api.ClientFor(Demo.LangaoCoordinator);

        var problem = await (await coordinator.PostAsJsonAsync("/api/technology-gaps",
                new TechnologyGapRequest(langao, "astrology", "", null, null, null, Today.AddDays(1), Today)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["specialty", "technique", "scope", "priority", "identifiedOn", "targetDate"], ignoreOrder: true);
        var city = await Api.HospitalId(Demo.City);
        using var admin = await Api.ClientFor(Demo.Admin);
        (await (await admin.PostAsJsonAsync("/api/technology-gaps", new TechnologyGapRequest(city, "cardiology", "市级空白", null, GapScope.City, GapPriority.High, null, null)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["hospitalId"]);
    }

    [Fact]
    public async Task InvalidFirstCase_IsA400_WithAnErrorPerField()
    {
        var gap = await DeclareAtLangaoAsync();
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var planned = await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", gap.Version, await IcuPlanAsync(Today.AddDays(30))))
            .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);

        var problem = await (await langao.MoveAsync($"/api/technology-gaps/{gap.Id}/first-case", planned.Version, new FirstCaseRequest(Today.AddDays(1), null, null, Guid.Empty, "")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors!.Keys.ShouldBe(["performedOn", "leadOperatorName", "supervisingMentorId", "caseReference"], ignoreOrder: true);

        var countyMentor = await Api.StaffIdAsync(Demo.LangaoClinician);
        (await (await langao.MoveAsync($"/api/technology-gaps/{gap.Id}/first-case", planned.Version, new FirstCaseRequest(Today, null, "某医生", countyMentor, "LG-2")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["supervisingMentorId"]);
        (await langao.GetFromJsonAsync<TechnologyGapResponse>($"/api/technology-gaps/{gap.Id}"))!.Status.ShouldBe(TechnologyGapStatus.Planned);
    }

    [Fact]
    public async Task List_FiltersByStatusHospitalSpecialtyAndScope()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var shiquan = await Api.HospitalId(Demo.Shiquan);

        var shiquanCardiology = await admin.GetFromJsonAsync<PagedResponse<TechnologyGapResponse>>($"/api/technology-gaps?hospitalId={shiquan}&specialty=cardiology&pageSize=50");
        var established = await admin.GetFromJsonAsync<PagedResponse<TechnologyGapResponse>>($"/api/technology-gaps?hospitalId={shiquan}&status=Established");
        var cityScope = await admin.GetFromJsonAsync<PagedResponse<TechnologyGapResponse>>($"/api/technology-gaps?hospitalId={shiquan}&scope=City");

        shiquanCardiology!.Total.ShouldBe(8, "the eight cardiology techniques of the demo");
        shiquanCardiology.Items.Count(g => g.Filled).ShouldBe(6);
        established!.Items.ShouldAllBe(g => g.Status == TechnologyGapStatus.Established);
        established.Total.ShouldBe(3);
        cityScope!.Total.ShouldBe(0);
        await (await admin.GetAsync("/api/technology-gaps?scope=Galaxy")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
    }
}
