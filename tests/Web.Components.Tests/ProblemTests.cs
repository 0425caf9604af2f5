using SpecialtyAlliance.Contracts.Staff;
using System.Net;
using Bunit;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Web.Components.Tests.Kit;
using SpecialtyAlliance.Web.Localization;
using SpecialtyAlliance.Web.Pages;
using SpecialtyAlliance.Web.Services;

namespace SpecialtyAlliance.Web.Components.Tests;

/// <summary>What the API answers, explained: field errors beside their fields, conflicts in words per code, statuses in plain words.</summary>
public sealed class ProblemTests : WebTestContext
{
    [Theory]
    [InlineData("concurrency", "有人修改了这条记录", "Someone changed this record")]
    [InlineData("invalid_transition", "当前状态下不能进行这个操作", "not possible in the record's current state")]
    [InlineData("slot_taken", "这个时间段已被预约", "time slot has just been booked")]
    [InlineData("rotation_overlap", "时间不能重叠", "rotations cannot overlap")]
    [InlineData("no_route", "没有覆盖这个专科的运行中结对", "No active alliance pairing covers this specialty")]
    [InlineData("duplicate_name", "已存在同名记录", "already exists")]
    [InlineData("idempotency_key_reused", "与之前的一次提交冲突", "clashes with an earlier one")]
    public async Task Conflicts_AreExplainedInWords_PerCode(string code, string zh, string en)
    {
        var problem = new ApiProblem { Status = 409, Code = code, Detail = "The server's own words." };

        var alert = Render<ProblemAlert>(p => p.Add(a => a.Problem, problem));
        alert.Find("[data-testid=problem-text]").TextContent.ShouldContain(zh);
        alert.FindAll("[data-testid=problem-detail]").ShouldBeEmpty();

        await alert.InvokeAsync(() => Localizer.SetLanguageAsync(Language.En));
        alert.WaitForAssertion(() => alert.Find("[data-testid=problem-text]").TextContent.ShouldContain(en));
    }

    [Fact]
    public void AnUnknownConflictCode_FallsBackToGenericWords_AndTheApisDetail()
    {
        var problem = new ApiProblem { Status = 409, Code = "brand_new_rule", Detail = "A rule added after this client was built." };

        var alert = Render<ProblemAlert>(p => p.Add(a => a.Problem, problem));

        alert.Find("[data-testid=problem-text]").TextContent.ShouldContain("与当前状态冲突");
        alert.Find("[data-testid=problem-detail]").TextContent.ShouldBe("A rule added after this client was built.");
    }

    [Theory]
    [InlineData(403, "forbidden", "没有权限", "您的角色不能进行这个操作")]
    [InlineData(404, "not_found", "找不到", "不在您的权限范围内")]
    [InlineData(500, "error", "服务器出错了", "请稍后再试")]
    [InlineData(0, "network", "无法连接服务器", "网络连接中断")]
    public void Statuses_AreSaidInPlainWords(int status, string code, string title, string sentence)
    {
        var problem = new ApiProblem { Status = status, Code = code, Detail = "System.InvalidOperationException at Foo.Bar()", TraceId = "00-abc" };

        var alert = Render<ProblemAlert>(p => p.Add(a => a.Problem, problem));

        alert.Markup.ShouldContain(title);
        alert.Find("[data-testid=problem-text]").TextContent.ShouldContain(sentence);
        alert.Markup.ShouldNotContain("InvalidOperationException");
    }

    [Fact]
    public void AServerError_GivesTheReferenceToQuote()
    {
        var alert = Render<ProblemAlert>(p => p.Add(a => a.Problem, new ApiProblem { Status = 500, Code = "error", TraceId = "00-4bf92f35" }));

        alert.Markup.ShouldContain("参考编号：00-4bf92f35");
    }

    [Theory]
    [InlineData("concurrency", true)]
    [InlineData("invalid_transition", true)]
    [InlineData("not_found", false)]
    public void AConflictThatAReloadResolves_OffersAReload(string code, bool offered)
    {
        var reloaded = false;
        var alert = Render<ProblemAlert>(p => p
            .Add(a => a.Problem, new ApiProblem { Status = code == "not_found" ? 404 : 409, Code = code })
            .Add(a => a.OnReload, () => reloaded = true));

        var buttons = alert.FindAll("[data-testid=problem-reload]");
        buttons.Count.ShouldBe(offered ? 1 : 0);
        if (offered)
        {
            buttons[0].Click();
            reloaded.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task ProposingAPairing_ShowsTheApisFieldErrorsBesideTheirFields_InChinese()
    {
        await SignInAsync(Person(StaffRole.Administrator));
        GivenTheAllianceDirectory();
        Api.Problem(HttpMethod.Post, "/api/pairings", 400, "validation", "One or more fields are invalid.", new()
        {
            ["countyHospitalId"] = ["'County Hospital Id' must not be empty."],
            ["specialties"] = ["Name at least one specialty the pairing covers."],
            ["somethingNew"] = ["A rule for a field this form does not show."],
        });
        RenderProviders();
        var form = Render<PairingPropose>();
        form.WaitForElement("[data-testid=pairing-submit]");

        form.Find("form").Submit();

        form.WaitForAssertion(() => form.Find("[data-testid=field-countyHospitalId]").TextContent.ShouldContain("此项必填。"));
        form.Find("[data-testid=field-specialties]").TextContent.ShouldContain("请至少选择一个结对专科。");
        form.Find("[data-testid=field-cityDepartmentId]").TextContent.ShouldNotContain("此项必填");
        var alert = form.Find("[data-testid=problem]");
        alert.TextContent.ShouldContain("有些内容需要修改");
        alert.TextContent.ShouldContain("A rule for a field this form does not show.");
        alert.TextContent.ShouldNotContain("请至少选择一个结对专科");
    }

    [Fact]
    public async Task FieldErrors_FollowALanguageSwitch()
    {
        await SignInAsync(Person(StaffRole.Administrator));
        GivenTheAllianceDirectory();
        Api.Problem(HttpMethod.Post, "/api/pairings", 400, "validation", null, new() { ["specialties"] = ["Name at least one specialty the pairing covers."] });
        RenderProviders();
        var form = Render<PairingPropose>();
        form.WaitForElement("form").Submit();
        form.WaitForAssertion(() => form.Find("[data-testid=field-specialties]").TextContent.ShouldContain("请至少选择一个结对专科。"));

        await form.InvokeAsync(() => Localizer.SetLanguageAsync(Language.En));

        form.WaitForAssertion(() => form.Find("[data-testid=field-specialties]").TextContent.ShouldContain("Name at least one specialty the pairing covers."));
    }

    [Fact]
    public async Task ProposingSendsWhatWasChosen_AndNoFieldIsLeftOutOfTheRequest()
    {
        await SignInAsync(Person(StaffRole.Administrator));
        GivenTheAllianceDirectory();
        RenderProviders();
        var form = Render<PairingPropose>();
        form.WaitForElement("[data-testid=specialty-cardiology]").Change(true);
        form.Find("[data-testid=goals]").Change("胸痛中心共建");

        form.Find("form").Submit();

        form.WaitForAssertion(() => Api.Sent(HttpMethod.Post, "/api/pairings").ShouldHaveSingleItem());
        var sent = System.Text.Json.JsonSerializer.Deserialize<PairingRequest>(
            Api.Sent(HttpMethod.Post, "/api/pairings").Single().Body!, SpecialtyAlliance.Contracts.Common.ContractJson.Create())!;
        sent.Specialties.ShouldBe(["cardiology"]);
        sent.Goals.ShouldBe("胸痛中心共建");
        sent.CountyHospitalId.ShouldBe(Guid.Empty, "left empty: the API, not the client, says it is required");
        sent.AgreementDate.ShouldNotBe(default);
    }

    [Theory]
    [InlineData("'Name' must not be empty.", "此项必填。")]
    [InlineData("The length of 'Name' must be 100 characters or fewer. You entered 120 characters.", "不能超过 100 个字符。")]
    [InlineData("'Member Count' must be between 0 and 10000. You entered -1.", "须在 0 到 10000 之间。")]
    [InlineData("A message nobody has translated yet.", "A message nobody has translated yet.")]
    public void TheApisFieldMessages_AreSaidInChinese_WhenTheirWordingIsKnown(string english, string chinese)
    {
        Texts.Zh.FieldMessage(english).ShouldBe(chinese);
        Texts.En.FieldMessage(english).ShouldBe(english);
    }

    [Fact]
    public async Task TheApiClient_TurnsALostNetwork_IntoANetworkProblem()
    {
        Api.Unreachable(HttpMethod.Get, "/api/hospitals");
        var client = Services.GetService(typeof(ApiClient)) as ApiClient;

        var result = await client!.GetAsync<PagedResponse<HospitalResponse>>("api/hospitals");

        result.Problem.ShouldNotBeNull().Code.ShouldBe(ApiProblem.NetworkCode);
        result.Problem.IsNetwork.ShouldBeTrue();
    }

    private void GivenTheAllianceDirectory()
    {
        Api.Get("/api/specialties", new[] { new SpecialtyResponse("cardiology", "心血管内科", "Cardiology"), new SpecialtyResponse("nursing", "护理", "Nursing") });
        Api.Get("/api/hospitals", new PagedResponse<HospitalResponse>(
        [
            new HospitalResponse(CityHospitalId, "安康市中心医院", "Ankang Central Hospital", HospitalTier.CityCenter, HospitalKind.General, "安康市", 1),
            new HospitalResponse(LangaoHospitalId, "岚皋县人民医院", "Langao County People's Hospital", HospitalTier.County, HospitalKind.General, "岚皋县", 1),
        ], 1, 200, 2));
        Api.Get($"/api/hospitals/{CityHospitalId}/departments", new[]
        {
            new DepartmentResponse(Guid.NewGuid(), CityHospitalId, "心血管内科", "cardiology", "心血管内科", "Cardiology", null),
        });
        Api.Get("/api/party-branches", new PagedResponse<PartyBranchResponse>([], 1, 200, 0));
        Api.On(HttpMethod.Post, "/api/pairings", HttpStatusCode.Created, new PairingResponse(
            Guid.NewGuid(), Guid.NewGuid(), "心血管内科", CityHospitalId, null, LangaoHospitalId, "岚皋县人民医院", null, ["cardiology"],
            new DateOnly(2026, 3, 5), string.Empty, PairingStatus.Proposed, DateTimeOffset.UtcNow, 1));
    }
}
