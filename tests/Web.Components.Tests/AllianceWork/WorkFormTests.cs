using SpecialtyAlliance.Contracts.Staff;
using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Contracts.Activities;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Web.Components.Tests.Kit;
using SpecialtyAlliance.Web.Localization;
using SpecialtyAlliance.Web.Pages.AllianceWork;
using static SpecialtyAlliance.Web.Components.Tests.Kit.AllianceWorkData;

namespace SpecialtyAlliance.Web.Components.Tests.AllianceWork;

/// <summary>The forms of the alliance's work: what the API refuses is said beside each field; what is sent is what was chosen.</summary>
public sealed class WorkFormTests : WebTestContext
{
    private static readonly JsonSerializerOptions Json = SpecialtyAlliance.Contracts.Common.ContractJson.Create();

    /// <summary>2026-03-10 at 09:00 in Asia/Shanghai.</summary>
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);

    public WorkFormTests()
    {
        Services.AddSingleton<TimeProvider>(new FixedClock(Now));
        Api.GivenTheAlliance();
    }

    [Fact]
    public async Task PlanningARotation_ShowsTheApisFieldErrorsBesideTheirFields_InChinese_ThenInEnglish()
    {
        await SignInAsync(Person(StaffRole.Coordinator, CityHospitalId));
        Api.Problem(HttpMethod.Post, "/api/rotations", 400, "validation", null, new()
        {
            ["clinicianId"] = ["'Clinician Id' must not be empty."],
            ["endsOn"] = ["The last day cannot be before the first."],
            ["objectives"] = ["'Objectives' must not be empty."],
        });
        RenderProviders();
        var form = Render<RotationForm>();

        form.WaitForElement("form").Submit();

        form.WaitForAssertion(() => form.Find("[data-testid=field-clinicianId]").TextContent.ShouldContain("此项必填。"));
        form.Find("[data-testid=field-endsOn]").TextContent.ShouldContain("结束日期不能早于开始日期。");
        form.Find("[data-testid=field-objectives]").TextContent.ShouldContain("此项必填。");
        form.Find("[data-testid=field-startsOn]").TextContent.ShouldNotContain("结束日期");
        form.Find("[data-testid=problem]").TextContent.ShouldContain("有些内容需要修改");

        await form.InvokeAsync(() => Localizer.SetLanguageAsync(Language.En));

        form.WaitForAssertion(() => form.Find("[data-testid=field-endsOn]").TextContent.ShouldContain("The last day cannot be before the first."));
    }

    [Fact]
    public async Task AnOverlappingRotation_IsExplainedInWords()
    {
        await SignInAsync(Person(StaffRole.Coordinator, CityHospitalId));
        Api.Problem(HttpMethod.Post, "/api/rotations", 409, "rotation_overlap", "The clinician already has a rotation overlapping that period.");
        RenderProviders();
        var form = Render<RotationForm>();

        form.WaitForElement("form").Submit();

        form.WaitForAssertion(() => form.Find("[data-testid=problem]").GetAttribute("data-code").ShouldBe("rotation_overlap"));
        form.Find("[data-testid=problem-text]").TextContent.ShouldContain("该医生在这段时间已有其他帮扶安排");
    }

    [Fact]
    public async Task PlanningFromASupportRequest_PrefillsTheHostTheCitySideThePeriodAndTheObjectives()
    {
        await SignInAsync(Person(StaffRole.Coordinator, CityHospitalId));
        var request = new SupportRequestResponse(
            Guid.CreateVersion7(), Langao.Id, Langao.Name, LangaoIcu, "重症医学科", "cardiology", "心血管内科", "胸痛中心建设：心电图远程判读。", 3,
            SupportRequestStatus.Open, Guid.CreateVersion7(), "吴海燕", Now, Now, [], 4)
        {
            AllowedActions = [SupportRequestAction.PlanRotation],
        };
        Api.Get($"/api/support-requests/{request.Id}", request);
        Api.Get("/api/support-requests", Page(request));
        Api.On(HttpMethod.Post, "/api/rotations", HttpStatusCode.Created, Rotation());
        Services.GetRequiredService<NavigationManager>().NavigateTo($"rotations/new?supportRequestId={request.Id}");
        RenderProviders();
        var form = Render<RotationForm>();
        form.WaitForElement("[data-testid=prefilled-from-request]").TextContent.ShouldContain("胸痛中心建设");

        form.Find("form").Submit();

        form.WaitForAssertion(() => Api.Sent(HttpMethod.Post, "/api/rotations").ShouldHaveSingleItem());
        var sent = JsonSerializer.Deserialize<RotationRequest>(Api.Sent(HttpMethod.Post, "/api/rotations").Single().Body!, Json)!;
        sent.SupportRequestId.ShouldBe(request.Id);
        sent.HostDepartmentId.ShouldBe(LangaoIcu);
        sent.HomeDepartmentId.ShouldBe(CityCardiology);
        sent.Role.ShouldBe(RotationRole.ResidentExpert);
        sent.StartsOn.ShouldBe(new DateOnly(2026, 4, 1));
        sent.EndsOn.ShouldBe(new DateOnly(2026, 6, 30));
        sent.Objectives.ShouldBe(request.Need);
        sent.ClinicianId.ShouldBe(Guid.Empty, "the clinician is the planner's choice; the API says it is missing");
    }

    [Fact]
    public async Task AskingForSupport_IsForTheCountysOwnHospital_AndItsRefusalsAreShownBesideTheFields()
    {
        await SignInAsync(Person(StaffRole.Coordinator));
        Api.Problem(HttpMethod.Post, "/api/support-requests", 400, "validation", null, new()
        {
            ["specialty"] = ["Specialty must be a code of the catalogue (GET /api/specialties)."],
            ["need"] = ["'Need' must not be empty."],
        });
        RenderProviders();
        var form = Render<SupportRequestForm>();

        form.WaitForElement("form").Submit();

        form.WaitForAssertion(() => form.Find("[data-testid=field-specialty]").TextContent.ShouldContain("请选择一个专科。"));
        form.Find("[data-testid=field-need]").TextContent.ShouldContain("此项必填。");
        var sent = JsonSerializer.Deserialize<SupportRequestRequest>(Api.Sent(HttpMethod.Post, "/api/support-requests").Single().Body!, Json)!;
        sent.CountyHospitalId.ShouldBe(LangaoHospitalId);
        sent.MonthsWanted.ShouldBe(6);
    }

    [Fact]
    public async Task AskingForSupport_IsNotOffered_ToTheCitySide()
    {
        await SignInAsync(Person(StaffRole.Coordinator, CityHospitalId));

        var form = Render<SupportRequestForm>();

        form.WaitForElement("[data-testid=not-allowed]");
        form.FindAll("form").ShouldBeEmpty();
    }

    [Fact]
    public async Task DeclaringAGap_ShowsTheRefusedDatesBesideTheirFields()
    {
        await SignInAsync(Person(StaffRole.Coordinator));
        Api.Problem(HttpMethod.Post, "/api/technology-gaps", 400, "validation", null, new()
        {
            ["technique"] = ["'Technique' must not be empty."],
            ["targetDate"] = ["The target date cannot be before the gap was identified."],
        });
        RenderProviders();
        var form = Render<TechnologyGapForm>();

        form.WaitForElement("form").Submit();

        form.WaitForAssertion(() => form.Find("[data-testid=field-targetDate]").TextContent.ShouldContain("目标日期不能早于识别日期。"));
        form.Find("[data-testid=field-technique]").TextContent.ShouldContain("此项必填。");
        var sent = JsonSerializer.Deserialize<TechnologyGapRequest>(Api.Sent(HttpMethod.Post, "/api/technology-gaps").Single().Body!, Json)!;
        sent.HospitalId.ShouldBe(LangaoHospitalId);
        sent.IdentifiedOn.ShouldBe(new DateOnly(2026, 3, 10));
        sent.TargetDate.ShouldBeNull();
    }

    [Fact]
    public async Task RecordingAnActivity_IncludesTheCoordinatorsHospital_OffersLiveSurgeryOnlyWhereAllowed_AndPlacesErrors()
    {
        await SignInAsync(Person(StaffRole.Coordinator));
        Api.Problem(HttpMethod.Post, "/api/activities", 400, "validation", null, new()
        {
            ["hospitalIds"] = ["Every hospital must be one of the alliance's that you work with."],
            ["summary"] = ["'Summary' must not be empty."],
        });
        RenderProviders();
        var form = Render<ActivityForm>();
        form.WaitForElement("form");
        form.FindAll("[data-testid=activity-live-surgery]").ShouldBeEmpty();
        form.Find("[data-testid=field-liveSurgery]").TextContent.ShouldContain("仅学术论坛和手术教学可以有手术直播");

        form.Find("form").Submit();

        form.WaitForAssertion(() => form.Find("[data-testid=field-hospitalIds]").TextContent.ShouldContain("参与医院必须是与本院结对的联盟医院。"));
        form.Find("[data-testid=field-hospitalIds]").GetAttribute("aria-invalid").ShouldBe("true");
        form.Find("[data-testid=field-summary]").TextContent.ShouldContain("此项必填。");
        var sent = JsonSerializer.Deserialize<ActivityRequest>(Api.Sent(HttpMethod.Post, "/api/activities").Single().Body!, Json)!;
        sent.HospitalIds.ShouldBe([LangaoHospitalId]);
        sent.HeldOn.ShouldBe(new DateOnly(2026, 3, 10));
        sent.LiveSurgery.ShouldBeFalse();
    }

    [Fact]
    public async Task CancellingARotation_NamesTheVersionRead_AndTheReason_ThenShowsItCancelled()
    {
        await SignInAsync(Person(StaffRole.Coordinator, CityHospitalId));
        var planned = Rotation("Planned", version: 41);
        Api.Get($"/api/rotations/{planned.Id}", planned);
        Api.On(HttpMethod.Post, $"/api/rotations/{planned.Id}/cancel", HttpStatusCode.OK, planned with { Status = RotationStatus.Cancelled, CancelReason = "县医院推迟开科。", Version = 42, AllowedActions = [] });
        RenderProviders();
        var page = Render<RotationDetail>(p => p.Add(d => d.Id, planned.Id));
        page.WaitForElement("[data-testid=rotation-start]");

        page.Find("[data-testid=rotation-cancel]").Click();
        page.Find("[data-testid=cancel-reason]").Change("县医院推迟开科。");
        page.Find("[data-testid=cancel-form]").Submit();

        page.WaitForAssertion(() => page.Find("[data-testid=rotation-status]").GetAttribute("data-status").ShouldBe("Cancelled"));
        var sent = Api.Sent(HttpMethod.Post, $"/api/rotations/{planned.Id}/cancel").Single();
        sent.IfMatch.ShouldBe("\"41\"");
        JsonSerializer.Deserialize<CancelRotationRequest>(sent.Body!, Json)!.Reason.ShouldBe("县医院推迟开科。");
        page.Find("[data-testid=rotation-cancel-reason]").TextContent.ShouldBe("县医院推迟开科。");
        page.FindAll("[data-testid=rotation-actions]").ShouldBeEmpty();
    }

    [Fact]
    public async Task ARotationsMoves_AreNotOffered_ToACountyCoordinator_ForAnExpertStationedWithThem()
    {
        await SignInAsync(Person(StaffRole.Coordinator));
        var planned = Rotation("Planned") with { AllowedActions = [] }; // the server grants a county coordinator no moves of a city expert's rotation
        Api.Get($"/api/rotations/{planned.Id}", planned);

        var page = Render<RotationDetail>(p => p.Add(d => d.Id, planned.Id));

        page.WaitForElement("[data-testid=rotation-detail]");
        page.FindAll("[data-testid=rotation-actions]").ShouldBeEmpty();
        page.Markup.ShouldContain("县级协调员：本院医生的进修");
    }

    [Fact]
    public async Task RecordingTheFirstCase_SendsTheVersionAndTheCase_AndTheGapThenShows填补空白()
    {
        await SignInAsync(Person(StaffRole.Coordinator));
        var planned = Gap("床旁CRRT", "Planned", target: new DateOnly(2026, 6, 30)) with { LeadMentorId = CityCardiologist, LeadMentorName = "陈明远" };
        Api.Get($"/api/technology-gaps/{planned.Id}", planned);
        Api.On(HttpMethod.Post, $"/api/technology-gaps/{planned.Id}/first-case", HttpStatusCode.OK, planned with
        {
            Status = TechnologyGapStatus.FirstCasePerformed, Filled = true, FirstCaseOn = new DateOnly(2026, 3, 9), LeadOperatorName = "李县医", CaseReference = "LG-CRRT-0001", Version = 4,
        });
        RenderProviders();
        var page = Render<Pages.AllianceWork.TechnologyGapDetail>(p => p.Add(d => d.Id, planned.Id));
        page.WaitForElement("[data-testid=gap-first-case]").Click();

        page.WaitForElement("[data-testid=first-case-on]").Change("2026-03-09");
        page.Find("[data-testid=lead-operator-name]").Change("李县医");
        page.Find("[data-testid=case-reference]").Change("LG-CRRT-0001");
        page.Find("[data-testid=first-case-form]").Submit();

        page.WaitForAssertion(() => page.Find("[data-testid=gap-filled]").TextContent.ShouldBe("填补空白 · 2026年3月9日"));
        var sent = Api.Sent(HttpMethod.Post, $"/api/technology-gaps/{planned.Id}/first-case").Single();
        sent.IfMatch.ShouldBe("\"3\"");
        var body = JsonSerializer.Deserialize<FirstCaseRequest>(sent.Body!, Json)!;
        body.PerformedOn.ShouldBe(new DateOnly(2026, 3, 9));
        body.LeadOperatorName.ShouldBe("李县医");
        body.SupervisingMentorId.ShouldBe(CityCardiologist, "the lead mentor supervises unless someone else is chosen");
        body.CaseReference.ShouldBe("LG-CRRT-0001");
        page.Find("[data-testid=gap-status]").GetAttribute("data-status").ShouldBe("FirstCasePerformed");
    }
}
