using System.Net;
using System.Net.Http.Json;
using SpecialtyAlliance.Contracts.Activities;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Corrections;

/// <summary>
/// Every update (ADR 0037): a valid change is saved and audited from → to (read back through GET /api/audit); a stale
/// If-Match is 409 concurrency; a change the state forbids is 409 with its code; another hospital's record is 404; bad
/// fields are 400 with field errors and change nothing.
/// </summary>
public sealed class CorrectionsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    [Fact]
    public async Task Pairing_Correction_IsAudited_StaleIs409_EndedIs409_BadFieldsChangeNothing()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var county = await Api.NewCountyAsync("更正县医院甲");
        var pairing = (await admin.GetFromJsonAsync<Contracts.Common.PagedResponse<PairingResponse>>($"/api/pairings?hospitalId={county.HospitalId}"))!.Items.Single();

        var updated = await (await admin.PutAsync($"/api/pairings/{pairing.Id}", pairing.Version,
                new UpdatePairingRequest(["critical-care", "cardiology"], pairing.AgreementDate.AddDays(-3), "重症与心血管带教", null)))
            .ShouldBe<PairingResponse>(HttpStatusCode.OK);
        updated.Specialties.ShouldBe(["critical-care", "cardiology"]);
        updated.Goals.ShouldBe("重症与心血管带教");
        updated.Version.ShouldNotBe(pairing.Version);

        var goals = await admin.LastChangeAsync("AlliancePairing", pairing.Id, "goals");
        (goals.From, goals.To).ShouldBe(("测试结对", "重症与心血管带教"));
        var specialties = await admin.LastChangeAsync("AlliancePairing", pairing.Id, "specialties");
        (specialties.From, specialties.To).ShouldBe(("critical-care", "critical-care, cardiology"));

        // The version read before the first change is stale now.
        await (await admin.PutAsync($"/api/pairings/{pairing.Id}", pairing.Version, new UpdatePairingRequest(["critical-care"], pairing.AgreementDate, "旧", null)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "concurrency");

        // Without If-Match an update is refused: it would overwrite what it never read.
        await (await admin.PutAsync($"/api/pairings/{pairing.Id}", null, new UpdatePairingRequest(["critical-care"], pairing.AgreementDate, "旧", null)))
            .ShouldBeProblem(HttpStatusCode.PreconditionRequired, "if_match_required");

        await (await admin.PutAsync($"/api/pairings/{pairing.Id}", updated.Version, new { specialties = new[] { "astrology" }, agreementDate = "0001-01-01", goals = new string('x', 2001) }))
            .ShouldBeFieldErrors("specialties[0]", "agreementDate", "goals");
        (await admin.GetFromJsonAsync<PairingResponse>($"/api/pairings/{pairing.Id}"))!.Version.ShouldBe(updated.Version);

        var ended = await (await admin.MoveAsync($"/api/pairings/{pairing.Id}/end", updated.Version)).ShouldBe<PairingResponse>(HttpStatusCode.OK);
        await (await admin.PutAsync($"/api/pairings/{pairing.Id}", ended.Version, new UpdatePairingRequest(["critical-care"], pairing.AgreementDate, "结束后", null)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "pairing_ended");

        // Only administrators edit pairings.
        using var coordinator = await Api.ClientFor(Demo.CityCoordinator);
        await (await coordinator.PutAsync($"/api/pairings/{pairing.Id}", ended.Version, new UpdatePairingRequest(["critical-care"], pairing.AgreementDate, "x", null)))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Department_Correction_IsAudited_SpecialtyOfAPairedDepartmentIs409_OtherHospitalIs404()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var county = await Api.NewCountyAsync("更正县医院乙");
        var department = (await admin.GetFromJsonAsync<DepartmentResponse>($"/api/departments/{county.DepartmentId}"))!;

        var renamed = await (await admin.PutAsync($"/api/departments/{department.Id}", department.Version, new UpdateDepartmentRequest("重症医学一科", "critical-care")))
            .ShouldBe<DepartmentResponse>(HttpStatusCode.OK);
        renamed.Name.ShouldBe("重症医学一科");
        var name = await admin.LastChangeAsync("Department", department.Id, "name");
        (name.From, name.To).ShouldBe(("重症医学科", "重症医学一科"));

        await (await admin.PutAsync($"/api/departments/{department.Id}", renamed.Version, new UpdateDepartmentRequest("重症医学一科", "cardiology")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "department_in_pairing");
        await (await admin.PutAsync($"/api/departments/{department.Id}", department.Version, new UpdateDepartmentRequest("又改", "critical-care")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "concurrency");
        await (await admin.PutAsync($"/api/departments/{department.Id}", renamed.Version, new UpdateDepartmentRequest("", "astrology")))
            .ShouldBeFieldErrors("name", "specialty");

        // The Langao coordinator does not see this county: its department is not found.
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        await (await langao.PutAsync($"/api/departments/{department.Id}", renamed.Version, new UpdateDepartmentRequest("越权", "critical-care")))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        (await admin.GetFromJsonAsync<DepartmentResponse>($"/api/departments/{department.Id}"))!.ShouldBe(renamed);
    }

    [Fact]
    public async Task PartyBranch_Correction_IsAudited_StaleIs409_OtherHospitalIs404_BadFields400()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var county = await Api.NewCountyAsync("更正县医院丙");
        var branch = await (await admin.PostAsJsonAsync("/api/party-branches", new PartyBranchRequest(county.HospitalId, "第一党支部", "张书记", 12, [])))
            .ShouldBe<PartyBranchResponse>(HttpStatusCode.Created);

        var updated = await (await admin.PutAsync($"/api/party-branches/{branch.Id}", branch.Version, new UpdatePartyBranchRequest("第一党支部", "李书记", 15, [county.DepartmentId])))
            .ShouldBe<PartyBranchResponse>(HttpStatusCode.OK);
        updated.DepartmentIds.ShouldBe([county.DepartmentId]);
        var secretary = await admin.LastChangeAsync("PartyBranch", branch.Id, "secretaryName");
        (secretary.From, secretary.To).ShouldBe(("张书记", "李书记"));
        var members = await admin.LastChangeAsync("PartyBranch", branch.Id, "memberCount");
        (members.From, members.To).ShouldBe(("12", "15"));

        await (await admin.PutAsync($"/api/party-branches/{branch.Id}", branch.Version, new UpdatePartyBranchRequest("x", "y", 1, [])))
            .ShouldBeProblem(HttpStatusCode.Conflict, "concurrency");
        await (await admin.PutAsync($"/api/party-branches/{branch.Id}", updated.Version, new UpdatePartyBranchRequest("", "", -1, [])))
            .ShouldBeFieldErrors("name", "secretaryName", "memberCount");
        await (await admin.PutAsync($"/api/party-branches/{branch.Id}", updated.Version, new UpdatePartyBranchRequest("第一党支部", "李书记", 15, [county.CityDepartmentId])))
            .ShouldBeFieldErrors("departmentIds");

        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        await (await langao.PutAsync($"/api/party-branches/{branch.Id}", updated.Version, new UpdatePartyBranchRequest("越权", "y", 1, [])))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        (await admin.GetFromJsonAsync<PartyBranchResponse>($"/api/party-branches/{branch.Id}"))!.ShouldBeEquivalentTo(updated);
    }

    [Fact]
    public async Task SupportRequest_Correction_IsAudited_WithdrawnIs409_AnsweredKeepsItsSpecialty_OtherHospitalIs404()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var county = await Api.NewCountyAsync("更正县医院丁");
        var request = await (await admin.PostAsJsonAsync("/api/support-requests", new SupportRequestRequest(county.HospitalId, county.DepartmentId, "critical-care", "需要重症带教", 6)))
            .ShouldBe<SupportRequestResponse>(HttpStatusCode.Created);

        var updated = await (await admin.PutAsync($"/api/support-requests/{request.Id}", request.Version, new UpdateSupportRequestRequest(county.DepartmentId, "critical-care", "需要重症与呼吸带教", 9)))
            .ShouldBe<SupportRequestResponse>(HttpStatusCode.OK);
        updated.MonthsWanted.ShouldBe(9);
        var need = await admin.LastChangeAsync("SupportRequest", request.Id, "need");
        (need.From, need.To).ShouldBe(("需要重症带教", "需要重症与呼吸带教"));

        await (await admin.PutAsync($"/api/support-requests/{request.Id}", request.Version, new UpdateSupportRequestRequest(null, "critical-care", "x", 3)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "concurrency");
        await (await admin.PutAsync($"/api/support-requests/{request.Id}", updated.Version, new UpdateSupportRequestRequest(null, "astrology", "", 99)))
            .ShouldBeFieldErrors("specialty", "need", "monthsWanted");

        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        await (await langao.PutAsync($"/api/support-requests/{request.Id}", updated.Version, new UpdateSupportRequestRequest(null, "critical-care", "越权", 3)))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");

        // Answered by a rotation: the specialty stays.
        var clinician = await Api.NewCityClinicianAsync();
        await admin.PlanAsync(WorkKit.Outbound(clinician, county.DepartmentId, WorkKit.Today.AddDays(30), WorkKit.Today.AddDays(60), supportRequest: request.Id));
        var answered = (await admin.GetFromJsonAsync<SupportRequestResponse>($"/api/support-requests/{request.Id}"))!;
        answered.Status.ShouldBe(SupportRequestStatus.Answered);
        await (await admin.PutAsync($"/api/support-requests/{request.Id}", answered.Version, new UpdateSupportRequestRequest(county.DepartmentId, "cardiology", answered.Need, 9)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "support_request_answered");

        var open = await (await admin.PostAsJsonAsync("/api/support-requests", new SupportRequestRequest(county.HospitalId, null, "critical-care", "第二个需求", 3)))
            .ShouldBe<SupportRequestResponse>(HttpStatusCode.Created);
        var withdrawn = await (await admin.MoveAsync($"/api/support-requests/{open.Id}/withdraw", open.Version)).ShouldBe<SupportRequestResponse>(HttpStatusCode.OK);
        await (await admin.PutAsync($"/api/support-requests/{open.Id}", withdrawn.Version, new UpdateSupportRequestRequest(null, "critical-care", "撤回后", 3)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "support_request_withdrawn");
    }

    [Fact]
    public async Task Rotation_Correction_IsAudited_CancelledKeepsItsRole_DirectionCannotChange_OtherHospitalIs404()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var county = await Api.NewCountyAsync("更正县医院戊");
        var clinician = await Api.NewCityClinicianAsync();
        var rotation = await admin.PlanAsync(WorkKit.Outbound(clinician, county.DepartmentId, WorkKit.Today.AddDays(10), WorkKit.Today.AddDays(40)));

        var updated = await (await admin.PutAsync($"/api/rotations/{rotation.Id}", rotation.Version, new UpdateRotationRequest(RotationRole.TemporaryDepartmentHead, "主持科室质控")))
            .ShouldBe<RotationResponse>(HttpStatusCode.OK);
        updated.Role.ShouldBe(RotationRole.TemporaryDepartmentHead);
        var role = await admin.LastChangeAsync("AssistanceRotation", rotation.Id, "role");
        (role.From, role.To).ShouldBe(("ResidentExpert", "TemporaryDepartmentHead"));

        await (await admin.PutAsync($"/api/rotations/{rotation.Id}", rotation.Version, new UpdateRotationRequest(RotationRole.ResidentExpert, "x")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "concurrency");
        await (await admin.PutAsync($"/api/rotations/{rotation.Id}", updated.Version, new UpdateRotationRequest(null, "")))
            .ShouldBeFieldErrors("role", "objectives");
        await (await admin.PutAsync($"/api/rotations/{rotation.Id}", updated.Version, new UpdateRotationRequest(RotationRole.InboundAdvancedStudy, "进修")))
            .ShouldBeFieldErrors("role");

        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        await (await langao.PutAsync($"/api/rotations/{rotation.Id}", updated.Version, new UpdateRotationRequest(RotationRole.ResidentExpert, "越权")))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");

        var cancelled = await (await admin.MoveAsync($"/api/rotations/{rotation.Id}/cancel", updated.Version, new CancelRotationRequest("计划调整")))
            .ShouldBe<RotationResponse>(HttpStatusCode.OK);
        await (await admin.PutAsync($"/api/rotations/{rotation.Id}", cancelled.Version, new UpdateRotationRequest(RotationRole.ResidentExpert, cancelled.Objectives)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "rotation_role_locked");
        await (await admin.PutAsync($"/api/rotations/{rotation.Id}", cancelled.Version, new UpdateRotationRequest(cancelled.Role, "取消后再改")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "rotation_cancelled");
        (await admin.GetFromJsonAsync<RotationResponse>($"/api/rotations/{rotation.Id}"))!.Version.ShouldBe(cancelled.Version);
    }

    [Fact]
    public async Task TechnologyGap_Correction_IsAudited_AbandonedIs409_ClinicianIs403_OtherHospitalIs404()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var county = await Api.NewCountyAsync("更正县医院己");
        var gap = await admin.DeclareAsync(new TechnologyGapRequest(county.HospitalId, "critical-care", "床旁超声", null, GapScope.Hospital, GapPriority.Medium, WorkKit.Today.AddDays(-5), WorkKit.Today.AddDays(90)));

        var updated = await (await admin.PutAsync($"/api/technology-gaps/{gap.Id}", gap.Version,
                new UpdateTechnologyGapRequest("床旁重症超声", "规范化培训", GapScope.County, GapPriority.High, WorkKit.Today.AddDays(120))))
            .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
        updated.Technique.ShouldBe("床旁重症超声");
        var priority = await admin.LastChangeAsync("TechnologyGap", gap.Id, "priority");
        (priority.From, priority.To).ShouldBe(("Medium", "High"));
        var technique = await admin.LastChangeAsync("TechnologyGap", gap.Id, "technique");
        (technique.From, technique.To).ShouldBe(("床旁超声", "床旁重症超声"));

        await (await admin.PutAsync($"/api/technology-gaps/{gap.Id}", gap.Version, new UpdateTechnologyGapRequest("x", null, GapScope.County, GapPriority.High, null)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "concurrency");
        await (await admin.PutAsync($"/api/technology-gaps/{gap.Id}", updated.Version, new UpdateTechnologyGapRequest("", null, null, null, null)))
            .ShouldBeFieldErrors("technique", "scope", "priority");

        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        await (await langao.PutAsync($"/api/technology-gaps/{gap.Id}", updated.Version, new UpdateTechnologyGapRequest("越权", null, GapScope.County, GapPriority.High, null)))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");

        // A clinician never corrects a gap, not even one of their own hospital.
        var (_, clinicianEmail) = await Api.CreateStaffAsync("县医生", Domain.Staff.StaffRole.Clinician, county.HospitalId, county.DepartmentId);
        using var clinician = await Api.ClientFor(clinicianEmail);
        await (await clinician.PutAsync($"/api/technology-gaps/{gap.Id}", updated.Version, new UpdateTechnologyGapRequest("医生改", null, GapScope.County, GapPriority.High, null)))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");

        var abandoned = await (await admin.MoveAsync($"/api/technology-gaps/{gap.Id}/abandon", updated.Version, new AbandonTechnologyGapRequest("设备未到位")))
            .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
        await (await admin.PutAsync($"/api/technology-gaps/{gap.Id}", abandoned.Version,
                new UpdateTechnologyGapRequest("放弃后改名", abandoned.Description, abandoned.Scope, abandoned.Priority, abandoned.TargetDate)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "gap_closed");

        // Its description can still be corrected.
        await (await admin.PutAsync($"/api/technology-gaps/{gap.Id}", abandoned.Version,
                new UpdateTechnologyGapRequest(abandoned.Technique, "设备预计明年到位", abandoned.Scope, abandoned.Priority, abandoned.TargetDate)))
            .ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Activity_Correction_IsAudited_StaleIs409_OtherHospitalIs404_LiveSurgeryOnlyWhereItBroadcasts()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var county = await Api.NewCountyAsync("更正县医院庚");
        var activity = await (await admin.PostAsJsonAsync("/api/activities", new ActivityRequest(
                ActivityKind.FreeClinic, "重症义诊", WorkKit.Today.AddDays(-2), "县医院门诊", false, [county.HospitalId, county.CityHospitalId], [], 10, 100, "义诊一天")))
            .ShouldBe<ActivityResponse>(HttpStatusCode.Created);

        var updated = await (await admin.PutAsync($"/api/activities/{activity.Id}", activity.Version, new UpdateActivityRequest(
                ActivityKind.FreeClinic, "重症义诊", WorkKit.Today.AddDays(-2), "县医院门诊", false, [], 12, 180, "义诊一天，服务群众180人")))
            .ShouldBe<ActivityResponse>(HttpStatusCode.OK);
        updated.PeopleReached.ShouldBe(180);
        var reached = await admin.LastChangeAsync("JointActivity", activity.Id, "peopleReached");
        (reached.From, reached.To).ShouldBe(("100", "180"));

        await (await admin.PutAsync($"/api/activities/{activity.Id}", activity.Version, new UpdateActivityRequest(
                ActivityKind.FreeClinic, "x", WorkKit.Today, "y", false, [], 1, 1, "z")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "concurrency");
        await (await admin.PutAsync($"/api/activities/{activity.Id}", updated.Version, new UpdateActivityRequest(
                ActivityKind.FreeClinic, "", WorkKit.Today.AddDays(5), "县医院门诊", true, [], -1, 0, "z")))
            .ShouldBeFieldErrors("title", "heldOn", "liveSurgery", "participants");

        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        await (await langao.PutAsync($"/api/activities/{activity.Id}", updated.Version, new UpdateActivityRequest(
                ActivityKind.FreeClinic, "越权", WorkKit.Today, "y", false, [], 1, 1, "z")))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        (await admin.GetFromJsonAsync<ActivityResponse>($"/api/activities/{activity.Id}"))!.Version.ShouldBe(updated.Version);
    }

    [Fact]
    public async Task Hospital_TakesIfMatch_AsWellAsTheBodyVersion_AndRefusesTwoDifferentOnes()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var hospital = await (await admin.PostAsJsonAsync("/api/hospitals", new HospitalRequest("更正县医院辛", $"Correction {Guid.NewGuid():N}", HospitalTier.County, HospitalKind.General, "测试县")))
            .ShouldBe<HospitalResponse>(HttpStatusCode.Created);

        var updated = await (await admin.PutAsync($"/api/hospitals/{hospital.Id}", hospital.Version, new HospitalRequest("更正县医院辛", hospital.NameEn, HospitalTier.County, HospitalKind.TraditionalChinese, "测试县")))
            .ShouldBe<HospitalResponse>(HttpStatusCode.OK);
        updated.Kind.ShouldBe(HospitalKind.TraditionalChinese);
        var kind = await admin.LastChangeAsync("Hospital", hospital.Id, "kind");
        (kind.From, kind.To).ShouldBe(("General", "TraditionalChinese"));

        await (await admin.PutAsync($"/api/hospitals/{hospital.Id}", hospital.Version, new HospitalRequest("x", "x", HospitalTier.County, HospitalKind.General, "x")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "concurrency");
        await (await admin.PutAsync($"/api/hospitals/{hospital.Id}", updated.Version, new HospitalRequest("x", "x", HospitalTier.County, HospitalKind.General, "x", updated.Version + 1)))
            .ShouldBeFieldErrors("version");
        await (await admin.PutAsync($"/api/hospitals/{hospital.Id}", null, new HospitalRequest("x", "x", HospitalTier.County, HospitalKind.General, "x")))
            .ShouldBeProblem(HttpStatusCode.PreconditionRequired, "if_match_required");
    }

    [Fact]
    public async Task AnIfMatchThatIsNotAVersion_Is400_OnIfMatch()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var county = await Api.NewCountyAsync("更正县医院壬");
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/departments/{county.DepartmentId}")
        {
            Content = JsonContent.Create(new UpdateDepartmentRequest("名称", "critical-care")),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"yesterday\"");
        var problem = await (await admin.SendAsync(request)).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors!.Keys.ShouldBe(["If-Match"]);
    }

    [Fact]
    public async Task TheOpenApiDocument_DescribesEveryUpdate_WithIts428_AndTheAuditRoutes()
    {
        using var document = System.Text.Json.JsonDocument.Parse(await Api.Anonymous().GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");
        foreach (var path in new[]
        {
            "/api/pairings/{id}", "/api/departments/{id}", "/api/party-branches/{id}", "/api/support-requests/{id}",
            "/api/rotations/{id}", "/api/technology-gaps/{id}", "/api/activities/{id}", "/api/hospitals/{id}",
        })
        {
            var put = paths.GetProperty(path).GetProperty("put");
            put.GetProperty("responses").TryGetProperty("428", out _).ShouldBeTrue($"PUT {path} documents 428");
            put.GetProperty("description").GetString()!.ShouldContain("If-Match");
        }

        paths.TryGetProperty("/api/audit", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/audit.csv", out _).ShouldBeTrue();
    }
}
