using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Contracts.Referrals;
using SpecialtyAlliance.Domain.Availability;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Consultations;

/// <summary>The referral green channel: from a consultation that recommended referring up, seen and moved by the two hospitals only.</summary>
public sealed class ReferralTests(ApiFixture fixture) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private static readonly ReferralPriorities AllPriorities = new(true, true, true);

    private AllianceApi Api => fixture.Api;

    private static DateOnly Today => AllianceCalendar.DateOf(DateTimeOffset.UtcNow);

    public async ValueTask InitializeAsync() => await Api.OpenCalendarAsync(Demo.CardiologySpecialist);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>A Shiquan consultation the cardiologist completed with the given recommendation.</summary>
    private async Task<ConsultationResponse> CompletedAsync(Recommendation recommendation = Recommendation.ReferUp)
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var c = await Api.ConsultationInAsync("InProgress");
        return await specialist.MovedAsync(c.Id, "complete", new CompleteRequest("意见", recommendation, recommendation == Recommendation.FollowUp ? 7 : null));
    }

    private static async Task<ReferralResponse> ReferAsync(HttpClient client, Guid consultationId) =>
        await (await client.PostAsJsonAsync("/api/referrals", new ReferralRequest(consultationId, AllPriorities, "已备齐资料。")))
            .ShouldBe<ReferralResponse>(HttpStatusCode.Created);

    private static async Task<ReferralResponse> MovedAsync(HttpClient client, Guid id, string action, object? body = null) =>
        await (await (body is null ? client.PostAsync($"/api/referrals/{id}/{action}", null) : client.PostAsJsonAsync($"/api/referrals/{id}/{action}", body)))
            .ShouldBe<ReferralResponse>(HttpStatusCode.OK);

    [Fact]
    public async Task AReferUpRecommendation_StartsAReferral_ThatGoesThroughTheGreenChannel()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        using var cityCoordinator = await Api.ClientFor(Demo.CityCoordinator);
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var c = await CompletedAsync();

        var referral = await ReferAsync(clinician, c.Id);
        referral.Status.ShouldBe(ReferralStatus.Requested);
        referral.ReceivingDepartmentName.ShouldBe("心血管内科");
        referral.ReceivingHospitalName.ShouldBe(Demo.City);
        referral.PatientReference.ShouldBe(c.Patient.Reference);
        referral.Priorities.ShouldBe(AllPriorities);
        referral.AllowedActions.ShouldBeEmpty("the referring side only creates it");
        (await clinician.GetConsultationAsync(c.Id)).AllowedActions.ShouldNotContain(ConsultationAction.Refer);

        var accepted = await MovedAsync(cityCoordinator, referral.Id, "accept", new AcceptReferralRequest(await Api.DepartmentId(Demo.City, "cardiology"), Today.AddDays(1)));
        accepted.Status.ShouldBe(ReferralStatus.Accepted);
        accepted.ExpectedDate.ShouldBe(Today.AddDays(1));
        accepted.AllowedActions.ShouldBe([ReferralAction.Admit, ReferralAction.Return]);
        var admitted = await MovedAsync(specialist, referral.Id, "admit");
        admitted.AdmittedAt.ShouldNotBeNull();
        var returned = await MovedAsync(specialist, referral.Id, "return", new ReturnReferralRequest("PCI术后恢复良好，转回石泉县医院继续治疗。"));

        returned.Status.ShouldBe(ReferralStatus.Returned);
        returned.ReturnNote.ShouldBe("PCI术后恢复良好，转回石泉县医院继续治疗。");
        (await clinician.GetFromJsonAsync<ReferralResponse>($"/api/referrals/{referral.Id}"))!.Status.ShouldBe(ReferralStatus.Returned);
    }

    [Fact]
    public async Task TheCitySide_MayDecline_WithAReason_AndTheCountyMayThenReferAgain()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        using var cityCoordinator = await Api.ClientFor(Demo.CityCoordinator);
        var c = await CompletedAsync();
        var referral = await ReferAsync(clinician, c.Id);

        var declined = await MovedAsync(cityCoordinator, referral.Id, "decline", new DeclineReferralRequest("床位已满，已联系上级医院。"));

        declined.Status.ShouldBe(ReferralStatus.Declined);
        declined.DeclineReason.ShouldBe("床位已满，已联系上级医院。");
        (await clinician.GetConsultationAsync(c.Id)).AllowedActions.ShouldContain(ConsultationAction.Refer);
        (await ReferAsync(clinician, c.Id)).Status.ShouldBe(ReferralStatus.Requested);
    }

    [Fact]
    public async Task OnlyAReferUpRecommendation_MayBeReferred_AndOnlyOnceAtATime()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        var locally = await CompletedAsync(Recommendation.ManageLocally);
        var open = await Api.ConsultationInAsync("Claimed");
        var referUp = await CompletedAsync();
        await ReferAsync(clinician, referUp.Id);
        var count = await Api.Db(db => db.Referrals.CountAsync());

        await (await clinician.PostAsJsonAsync("/api/referrals", new ReferralRequest(locally.Id, AllPriorities, null))).ShouldBeProblem(HttpStatusCode.Conflict, "not_referable");
        await (await clinician.PostAsJsonAsync("/api/referrals", new ReferralRequest(open.Id, AllPriorities, null))).ShouldBeProblem(HttpStatusCode.Conflict, "not_referable");
        await (await clinician.PostAsJsonAsync("/api/referrals", new ReferralRequest(referUp.Id, AllPriorities, null))).ShouldBeProblem(HttpStatusCode.Conflict, "referral_exists");

        (await Api.Db(db => db.Referrals.CountAsync())).ShouldBe(count);
    }

    [Fact]
    public async Task AReferral_IsSeenByTheTwoHospitals_AndNotFoundByAnyoneElse()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        var referral = await ReferAsync(clinician, (await CompletedAsync()).Id);

        foreach (var email in new[] { Demo.ShiquanClinician, Demo.CityCoordinator, Demo.CardiologySpecialist, Demo.IcuSpecialist, Demo.Admin })
        {
            using var client = await Api.ClientFor(email);
            await (await client.GetAsync($"/api/referrals/{referral.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
            (await client.GetFromJsonAsync<PagedResponse<ReferralResponse>>("/api/referrals?pageSize=200"))!.Items.ShouldContain(r => r.Id == referral.Id);
        }

        foreach (var email in new[] { Demo.ZiyangClinician, Demo.LangaoCoordinator, Demo.ZiyangCoordinator })
        {
            using var client = await Api.ClientFor(email);
            await (await client.GetAsync($"/api/referrals/{referral.Id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
            (await client.GetFromJsonAsync<PagedResponse<ReferralResponse>>("/api/referrals?pageSize=200"))!.Items.ShouldNotContain(r => r.Id == referral.Id);
            await (await client.PostAsJsonAsync($"/api/referrals/{referral.Id}/decline", new DeclineReferralRequest("x"))).ShouldBeProblem(
                email == Demo.ZiyangClinician ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound);
        }
    }

    [Theory]
    [InlineData(Demo.ShiquanClinician, HttpStatusCode.Forbidden)]
    [InlineData(Demo.Admin, HttpStatusCode.Forbidden)]
    [InlineData(Demo.IcuSpecialist, HttpStatusCode.Forbidden)]
    [InlineData(Demo.ZiyangCoordinator, HttpStatusCode.NotFound)]
    public async Task OnlyTheCitySide_MovesAReferral(string email, HttpStatusCode expected)
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        var referral = await ReferAsync(clinician, (await CompletedAsync()).Id);
        using var client = await Api.ClientFor(email);

        await (await client.PostAsJsonAsync($"/api/referrals/{referral.Id}/accept", new AcceptReferralRequest(referral.ReceivingDepartmentId, Today)))
            .ShouldBeProblem(expected);

        (await clinician.GetFromJsonAsync<ReferralResponse>($"/api/referrals/{referral.Id}"))!.Status.ShouldBe(ReferralStatus.Requested);
    }

    [Fact]
    public async Task AnotherCountysClinician_CannotReferSomeoneElsesPatient()
    {
        using var other = await Api.ClientFor(Demo.ZiyangClinician);
        var c = await CompletedAsync();

        await (await other.PostAsJsonAsync("/api/referrals", new ReferralRequest(c.Id, AllPriorities, null))).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task InvalidMovesAndBadFields_AreRefused()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        using var cityCoordinator = await Api.ClientFor(Demo.CityCoordinator);
        var referral = await ReferAsync(clinician, (await CompletedAsync()).Id);

        await (await cityCoordinator.PostAsync($"/api/referrals/{referral.Id}/admit", null)).ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");
        (await (await cityCoordinator.PostAsJsonAsync($"/api/referrals/{referral.Id}/accept", new AcceptReferralRequest(await Api.DepartmentId(Demo.Shiquan, "cardiology"), Today)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["departmentId"]);
        (await (await cityCoordinator.PostAsJsonAsync($"/api/referrals/{referral.Id}/accept", new AcceptReferralRequest(referral.ReceivingDepartmentId, Today.AddDays(-1))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["expectedDate"]);
        (await (await cityCoordinator.PostAsJsonAsync($"/api/referrals/{referral.Id}/decline", new { reason = "" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["reason"]);
        (await (await cityCoordinator.PostAsync($"/api/referrals/{referral.Id}/return", null))
            .ShouldBeProblem(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["body"]);
        (await (await clinician.PostAsJsonAsync("/api/referrals", new { consultationId = Guid.Empty, notes = new string('n', 2001) }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["consultationId", "priorities", "notes"], ignoreOrder: true);

        (await clinician.GetFromJsonAsync<ReferralResponse>($"/api/referrals/{referral.Id}"))!.Status.ShouldBe(ReferralStatus.Requested);
    }

    [Fact]
    public async Task Referral_WithAnIdempotencyKey_IsCreatedOnce()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        var c = await CompletedAsync();
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Post() => new(HttpMethod.Post, "/api/referrals")
        {
            Content = JsonContent.Create(new ReferralRequest(c.Id, AllPriorities, null)),
            Headers = { { "Idempotency-Key", key } },
        };

        var first = await (await clinician.SendAsync(Post())).ShouldBe<ReferralResponse>(HttpStatusCode.Created);
        var again = await (await clinician.SendAsync(Post())).ShouldBe<ReferralResponse>(HttpStatusCode.Created);

        again.Id.ShouldBe(first.Id);
        (await Api.Db(db => db.Referrals.CountAsync(r => r.ConsultationId == c.Id))).ShouldBe(1);
    }
}
