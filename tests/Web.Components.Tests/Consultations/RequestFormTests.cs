using SpecialtyAlliance.Contracts.Staff;
using System.Net;
using System.Text.Json;
using Bunit;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Web.Components.Tests.Kit;
using SpecialtyAlliance.Web.Localization;
using SpecialtyAlliance.Web.Pages.Consultations;
using static SpecialtyAlliance.Web.Components.Tests.Consultations.ConsultationData;

namespace SpecialtyAlliance.Web.Components.Tests.Consultations;

/// <summary>
/// The clinician's request form: the specialties the hospital's pairings route, what each urgency promises, the API's
/// field errors beside their fields, <c>no_route</c> in words, and one Idempotency-Key for the form's life.
/// </summary>
public sealed class RequestFormTests : ConsultationContext
{
    private static readonly JsonSerializerOptions Json = SpecialtyAlliance.Contracts.Common.ContractJson.Create();

    [Fact]
    public async Task TheSpecialtiesOffered_AreThoseTheHospitalsActivePairingsCover_AndEachUrgencySaysItsTarget()
    {
        var form = await RenderFormAsync(routed: ["cardiology", "neurology"]);

        form.FindComponents<MudBlazor.MudSelectItem<string>>().Select(i => i.Instance.Value).ShouldBe(["cardiology", "neurology"]);
        form.Find("[data-testid=field-specialty]").TextContent.ShouldContain("本院有 2 个专科可以申请会诊");
        form.Find("[data-testid=target-Emergency]").TextContent.ShouldContain("急诊：30 分钟内接诊");
        form.Find("[data-testid=target-Urgent]").TextContent.ShouldContain("加急：4 小时内接诊");
        form.Find("[data-testid=target-Routine]").TextContent.ShouldContain("常规：2 天内接诊");
    }

    [Fact]
    public async Task ThereIsNoNameField_OnlyAPseudonymousReference()
    {
        var form = await RenderFormAsync(routed: ["cardiology"]);

        form.FindAll("input:not([type=radio]), textarea").Select(i => i.GetAttribute("data-testid")).Where(t => t is not null)
            .ShouldBe(["patient-reference", "patient-age", "summary", "question"], ignoreOrder: true);
        form.Find("[data-testid=field-patient\\.reference]").TextContent.ShouldContain("不填姓名");
    }

    [Fact]
    public async Task WithOneRoutedSpecialty_ItIsChosen_AndTheRequestCarriesEveryField()
    {
        var form = await RenderFormAsync(routed: ["cardiology"]);
        await ChooseAsync(form, urgency: "Urgent", sex: "Female");
        form.Find("[data-testid=patient-reference]").Change("SQ-2026-0201");
        form.Find("[data-testid=summary]").Change("反复晕厥2次。");
        form.Find("[data-testid=question]").Change("是否需要起搏器？");

        form.Find("form").Submit();

        form.WaitForAssertion(() => Api.Sent(HttpMethod.Post, "/api/consultations").ShouldHaveSingleItem());
        var sent = JsonSerializer.Deserialize<ConsultationRequest>(Api.Sent(HttpMethod.Post, "/api/consultations").Single().Body!, Json)!;
        sent.ShouldBe(sent with { Specialty = "cardiology", Urgency = Urgency.Urgent, Summary = "反复晕厥2次。", Question = "是否需要起搏器？" });
        sent.Patient.ShouldBe(new PatientRequest("SQ-2026-0201", null, PatientSex.Female), "an age left empty is sent empty: the API says it is required");
    }

    [Fact]
    public async Task TheApisFieldErrors_AppearBesideTheirFields_InChinese()
    {
        var form = await RenderFormAsync(routed: ["cardiology"]);
        Api.Problem(HttpMethod.Post, "/api/consultations", 400, "validation", "One or more fields are invalid.", new()
        {
            ["urgency"] = ["Urgency must be one of: Routine, Urgent, Emergency."],
            ["patient.reference"] = ["The patient reference is the hospital's pseudonymous code (letters, digits, - _ / .), such as SQ-2026-0147 — never a name."],
            ["patient.age"] = ["Enter the patient's age in years (0 for a newborn)."],
            ["patient.sex"] = ["Sex must be one of: Female, Male, Unknown."],
            ["summary"] = ["'Summary' must not be empty."],
        });

        form.Find("form").Submit();

        form.WaitForAssertion(() => form.Find("[data-testid=field-urgency]").TextContent.ShouldContain("请选择紧急程度。"));
        form.Find("[data-testid=field-patient\\.reference]").TextContent.ShouldContain("不能填写姓名");
        form.Find("[data-testid=field-patient\\.age]").TextContent.ShouldContain("请填写患者年龄");
        form.Find("[data-testid=field-patient\\.sex]").TextContent.ShouldContain("请选择性别。");
        form.Find("[data-testid=field-summary]").TextContent.ShouldContain("此项必填。");
        form.Find("[data-testid=field-question]").TextContent.ShouldNotContain("此项必填");
        form.Find("[data-testid=problem]").TextContent.ShouldContain("有些内容需要修改");
        form.Find("[data-testid=problem]").TextContent.ShouldNotContain("请填写患者年龄", customMessage: "shown beside the field, not again in the alert");
    }

    [Fact]
    public async Task NoRoute_IsExplainedInWords_BesideTheSpecialty()
    {
        var form = await RenderFormAsync(routed: ["cardiology"]);
        Api.Problem(HttpMethod.Post, "/api/consultations", 409, "no_route", "No active alliance covers this specialty for your hospital.");

        form.Find("form").Submit();

        form.WaitForAssertion(() => form.Find("[data-testid=field-specialty]").TextContent.ShouldContain("本院没有覆盖这个专科的运行中结对"));
        form.Find("[data-testid=problem-text]").TextContent.ShouldContain("暂时无法申请该专科的会诊");
        form.Markup.ShouldNotContain("No active alliance covers");
    }

    [Fact]
    public async Task ARetryAfterALostAnswer_SendsTheSameIdempotencyKey_SoOnlyOneRequestIsCreated()
    {
        var form = await RenderFormAsync(routed: ["cardiology"]);
        Api.Unreachable(HttpMethod.Post, "/api/consultations");
        form.Find("form").Submit();
        form.WaitForAssertion(() => form.Find("[data-testid=problem]").GetAttribute("data-code").ShouldBe("network"));

        var created = Guid.NewGuid();
        Api.On(HttpMethod.Post, "/api/consultations", HttpStatusCode.Created, Consultation(created, "Requested", []));
        form.Find("form").Submit();

        form.WaitForAssertion(() => CurrentUri.ShouldEndWith($"/consultations/{created}"));
        var keys = Api.Sent(HttpMethod.Post, "/api/consultations").Select(r => r.IdempotencyKey).ToList();
        keys.Count.ShouldBe(2);
        keys.Distinct().ShouldHaveSingleItem().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task TwoFormsOpenedOneAfterTheOther_UseDifferentKeys()
    {
        var first = await RenderFormAsync(routed: ["cardiology"]);
        var second = Render<ConsultationRequestForm>();

        first.Instance.IdempotencyKey.ShouldNotBe(second.Instance.IdempotencyKey);
    }

    [Fact]
    public async Task WithoutAnActivePairing_TheFormSaysWhyNothingCanBeRequested()
    {
        var form = await RenderFormAsync(routed: []);

        form.Find("[data-testid=no-routes]").TextContent.ShouldContain("本院目前没有运行中的结对关系");
    }

    [Fact]
    public async Task TheForm_SwitchesToEnglish_KeepingWhatWasTyped()
    {
        var form = await RenderFormAsync(routed: ["cardiology"]);
        form.Find("[data-testid=patient-reference]").Change("SQ-2026-0202");

        await form.InvokeAsync(() => Localizer.SetLanguageAsync(Language.En));

        form.WaitForAssertion(() => form.Find("h1").TextContent.ShouldBe("Request a teleconsultation"));
        form.Find("[data-testid=target-Emergency]").TextContent.ShouldContain("Emergency: claimed within 30 min");
        form.Find("[data-testid=request-submit]").TextContent.ShouldContain("Send the request");
        form.Find("[data-testid=patient-reference]").GetAttribute("value").ShouldBe("SQ-2026-0202");
    }

    [Fact]
    public async Task OnlyClinicians_RequestConsultations()
    {
        await SignInAsAsync(StaffRole.Specialist);

        var form = Render<ConsultationRequestForm>();

        form.Find("[data-testid=not-allowed]").TextContent.ShouldContain("只有县级医院的临床医生可以申请会诊");
    }

    private async Task<IRenderedComponent<ConsultationRequestForm>> RenderFormAsync(string[] routed)
    {
        await SignInAsAsync(StaffRole.Clinician);
        Api.Get("/api/consultations/response-targets", new[] { new ResponseTargetResponse(Urgency.Emergency, 30), new ResponseTargetResponse(Urgency.Urgent, 240), new ResponseTargetResponse(Urgency.Routine, 2880) });
        Api.Get("/api/pairings", new PagedResponse<PairingResponse>(
            routed.Length == 0 ? [] :
            [
                new PairingResponse(Guid.NewGuid(), Guid.NewGuid(), "心血管内科", WebTestContext.CityHospitalId, null, ShiquanId, "石泉县医院", null, routed,
                    new DateOnly(2025, 6, 1), string.Empty, PairingStatus.Active, Now, 1),
            ], 1, 200, routed.Length == 0 ? 0 : 1));
        RenderProviders();
        var form = Render<ConsultationRequestForm>();
        form.WaitForElement("[data-testid=request-form]");
        return form;
    }

    private static async Task ChooseAsync(IRenderedComponent<ConsultationRequestForm> form, string urgency, string sex)
    {
        var urgencies = form.FindComponent<MudBlazor.MudRadioGroup<Urgency?>>();
        var sexes = form.FindComponent<MudBlazor.MudRadioGroup<PatientSex?>>();
        await form.InvokeAsync(() => urgencies.Instance.ValueChanged.InvokeAsync(Enum.Parse<Urgency>(urgency)));
        await form.InvokeAsync(() => sexes.Instance.ValueChanged.InvokeAsync(Enum.Parse<PatientSex>(sex)));
    }
}
