using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Contracts.Activities;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Activities;

/// <summary>Joint activities: recorded by a coordinator of a hospital involved, seen by the hospitals involved.</summary>
public sealed class ActivitiesTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    private static DateOnly Today => WorkKit.Today;

    private async Task<ActivityRequest> LangaoForumAsync(ActivityKind kind = ActivityKind.AcademicForum, bool live = true)
    {
        var branch = await Api.Db(db => db.PartyBranches.Where(b => b.Name == "重症医学科党支部").Select(b => b.Id).SingleAsync());
        return new ActivityRequest(kind, "重症医学论坛", Today.AddDays(-3), "岚皋县人民医院", live,
            [await Api.HospitalId(Demo.City), await Api.HospitalId(Demo.Langao)], [branch], 40, 120, "重症超声手术直播与病例讨论");
    }

    [Fact]
    public async Task CountyCoordinator_RecordsAnActivity_SeenByTheHospitalsInvolvedOnly()
    {
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);

        var recorded = await (await langao.PostAsJsonAsync("/api/activities", await LangaoForumAsync())).ShouldBe<ActivityResponse>(HttpStatusCode.Created);

        recorded.KindNameZh.ShouldBe("学术论坛");
        recorded.LiveSurgery.ShouldBeTrue();
        recorded.Hospitals.Select(h => h.Name).ShouldBe([Demo.City, Demo.Langao], ignoreOrder: true);
        recorded.PartyBranches.ShouldHaveSingleItem().Name.ShouldBe("重症医学科党支部");
        recorded.RecordedByName.ShouldBe("吴海燕");
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        (await city.GetFromJsonAsync<ActivityResponse>($"/api/activities/{recorded.Id}"))!.Title.ShouldBe("重症医学论坛");
        using var ziyang = await Api.ClientFor(Demo.ZiyangCoordinator);
        await (await ziyang.GetAsync($"/api/activities/{recorded.Id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        (await ziyang.GetFromJsonAsync<PagedResponse<ActivityResponse>>("/api/activities?pageSize=200"))!.Items.ShouldNotContain(a => a.Id == recorded.Id);
    }

    [Fact]
    public async Task ACoordinatorNotInvolved_CannotRecordIt_AndOthersCannotRecordAtAll()
    {
        using var ziyang = await Api.ClientFor(Demo.ZiyangCoordinator);
        using var specialist = await Api.ClientFor(Demo.IcuSpecialist);
        var request = await LangaoForumAsync();

        await (await ziyang.PostAsJsonAsync("/api/activities", request)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await specialist.PostAsJsonAsync("/api/activities", request)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task InvalidActivity_IsA400_WithAnErrorPerField_AndNothingIsRecorded()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var before = await Api.Db(db => db.Activities.CountAsync());

        var problem = await (await admin.PostAsJsonAsync("/api/activities",
                new ActivityRequest(null, "", Today.AddDays(1), "", false, [], null, -1, -5, "")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["kind", "title", "heldOn", "place", "hospitalIds", "participants", "peopleReached", "summary"], ignoreOrder: true);
        (await (await admin.PostAsJsonAsync("/api/activities", await LangaoForumAsync(ActivityKind.FreeClinic, live: true)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["liveSurgery"]);
        var foreignBranch = (await LangaoForumAsync()) with { PartyBranchIds = [Guid.CreateVersion7()] };
        (await (await admin.PostAsJsonAsync("/api/activities", foreignBranch)).ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["partyBranchIds"]);
        (await Api.Db(db => db.Activities.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task List_FiltersByKindAndPeriod_LatestFirst()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var ziyang = await Api.HospitalId(Demo.Ziyang);

        var forums = await admin.GetFromJsonAsync<PagedResponse<ActivityResponse>>($"/api/activities?kind=AcademicForum&hospitalId={ziyang}");
        var lastHundredDays = await admin.GetFromJsonAsync<PagedResponse<ActivityResponse>>(
            $"/api/activities?from={Today.AddDays(-100):yyyy-MM-dd}&to={Today:yyyy-MM-dd}&pageSize=200");

        forums!.Items.Select(a => a.Title).ShouldBe(["第十六届安康市心血管年会暨第八届秦巴心血管病论坛", "紫阳县神经介入学术沙龙"]);
        forums.Items[0].LiveSurgery.ShouldBeTrue();
        lastHundredDays!.Items.ShouldAllBe(a => a.HeldOn >= Today.AddDays(-100));
        lastHundredDays.Items.Select(a => a.HeldOn).ShouldBeInOrder(SortDirection.Descending);
        await (await admin.GetAsync("/api/activities?kind=Picnic")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
    }
}
