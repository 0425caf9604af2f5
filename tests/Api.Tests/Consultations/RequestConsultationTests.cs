using System.Net;
using System.Net.Http.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Consultations;

/// <summary>A county clinician's request: routed by the Active pairings, refused when none covers it, validated field by field, idempotent.</summary>
public sealed class RequestConsultationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    private Task<int> CountAsync() => Api.Db(db => db.Consultations.CountAsync());

    private static HttpRequestMessage Post(object body, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/consultations") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return request;
    }

    [Fact]
    public async Task Request_IsRoutedToTheCityDepartmentsOfTheActivePairings_AndWaitsInTheirQueue()
    {
        using var clinician = await Api.ClientFor(Demo.ZiyangClinician);
        using var neurologist = await Api.ClientFor(ConsultationTestKit.NeurologySpecialist);
        var before = DateTimeOffset.UtcNow;

        var response = await clinician.PostAsJsonAsync("/api/consultations", ConsultationTestKit.NewRequest("stroke", Urgency.Urgent, "ZY-2026-0999"));

        var created = await response.ShouldBe<ConsultationResponse>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/consultations/{created.Id}");
        created.Status.ShouldBe(ConsultationStatus.Requested);
        created.Specialty.ShouldBe("stroke");
        created.SpecialtyNameZh.ShouldBe("卒中中心");
        created.RequestingHospitalName.ShouldBe(Demo.Ziyang);
        created.Patient.ShouldBe(new PatientResponse("ZY-2026-0999", 64, PatientSex.Female));
        created.RoutedDepartments.ShouldHaveSingleItem().Id.ShouldBe(await Api.DepartmentId(Demo.City, "neurology"));
        created.RequestedAt.ShouldBeGreaterThanOrEqualTo(before.AddSeconds(-1));
        created.ResponseDueAt.ShouldBe(created.RequestedAt.AddHours(4), "an urgent request should be claimed within 4 hours");
        created.History.ShouldHaveSingleItem().Action.ShouldBe(ConsultationAction.Request);
        (await neurologist.QueueAsync()).Items.ShouldContain(i => i.Id == created.Id);
    }

    [Theory]
    [InlineData(Demo.ShiquanClinician, "neurology")]
    [InlineData(Demo.LangaoClinician, "ultrasound")]
    [InlineData(Demo.ZiyangClinician, "cardiology")]
    public async Task Request_ThatNoActivePairingCovers_Returns409NoRoute_AndCreatesNothing(string email, string specialty)
    {
        using var clinician = await Api.ClientFor(email);
        var before = await CountAsync();

        var problem = await (await clinician.PostAsJsonAsync("/api/consultations", ConsultationTestKit.NewRequest(specialty)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "no_route");

        problem.Detail.ShouldBe("No active alliance covers this specialty for your hospital.");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Request_WithBadFields_Returns400_WithAnErrorForEachField_AndCreatesNothing()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        var before = await CountAsync();

        var problem = await (await clinician.PostAsJsonAsync("/api/consultations", new
        {
            specialty = "astrology",
            urgency = (string?)null, // a name the vocabulary does not know is a 400 of its own (WireVocabularyTests)
            patient = new { reference = "张三", age = 131, sex = (string?)null },
            summary = "",
            question = new string('?', 2001),
        })).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["specialty", "urgency", "patient.reference", "patient.age", "patient.sex", "summary", "question"], ignoreOrder: true);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Request_WithoutAnAge_Returns400_ForTheAge_NotAPatientAgedZero()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        var before = await CountAsync();

        var problem = await (await clinician.PostAsJsonAsync("/api/consultations", new
        {
            specialty = "cardiology",
            urgency = "Routine",
            patient = new { reference = "SQ-2026-0200", sex = "Male" },
            summary = "",
            question = "q",
        })).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["patient.age", "summary"], ignoreOrder: true);
        problem.Errors["patient.age"].ShouldBe(["Enter the patient's age in years (0 for a newborn)."]);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Request_WithoutAPatient_Returns400_ForThePatient()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);

        var problem = await (await clinician.PostAsJsonAsync("/api/consultations", new { specialty = "cardiology", urgency = "Routine", summary = "s", question = "q" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["patient"]);
    }

    [Fact]
    public async Task Request_WithoutABody_Returns400()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        using var content = new StringContent(string.Empty, System.Text.Encoding.UTF8, "application/json");

        var problem = await (await clinician.PostAsync("/api/consultations", content)).ShouldBeProblem(HttpStatusCode.BadRequest);

        problem.Errors!.Keys.ShouldBe(["body"]);
    }

    [Theory]
    [InlineData(Demo.Admin)]
    [InlineData(Demo.CityCoordinator)]
    [InlineData(Demo.CardiologySpecialist)]
    [InlineData(Demo.LangaoCoordinator)]
    public async Task OnlyClinicians_Request(string email)
    {
        using var client = await Api.ClientFor(email);
        var before = await CountAsync();

        await (await client.PostAsJsonAsync("/api/consultations", ConsultationTestKit.NewRequest())).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");

        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Anonymous_CannotRequest()
    {
        using var anonymous = Api.Anonymous();
        (await anonymous.PostAsJsonAsync("/api/consultations", ConsultationTestKit.NewRequest())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Retry_WithTheSameIdempotencyKey_AnswersWithTheFirstResult_AndCreatesNothingNew()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        var key = Guid.NewGuid().ToString();
        var body = ConsultationTestKit.NewRequest();

        var first = await clinician.SendAsync(Post(body, key));
        var created = await first.ShouldBe<ConsultationResponse>(HttpStatusCode.Created);
        var count = await CountAsync();
        var retry = await clinician.SendAsync(Post(body, key));

        var replayed = await retry.ShouldBe<ConsultationResponse>(HttpStatusCode.Created);
        replayed.Id.ShouldBe(created.Id);
        retry.Headers.Location.ShouldBe(first.Headers.Location);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        first.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await CountAsync()).ShouldBe(count);
        (await Api.Db(db => db.ConsultationHistory.CountAsync(h => h.ConsultationId == created.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task TheSameIdempotencyKey_WithADifferentBody_Returns409_AndCreatesNothing()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        var key = Guid.NewGuid().ToString();
        await (await clinician.SendAsync(Post(ConsultationTestKit.NewRequest(patient: "SQ-A-1"), key))).ShouldHaveStatus(HttpStatusCode.Created);
        var count = await CountAsync();

        await (await clinician.SendAsync(Post(ConsultationTestKit.NewRequest(patient: "SQ-B-2"), key)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "idempotency_key_reused");

        (await CountAsync()).ShouldBe(count);
    }

    [Fact]
    public async Task ConcurrentDuplicates_WithOneIdempotencyKey_CreateOneConsultation_AndAllAnswerWithIt()
    {
        var key = Guid.NewGuid().ToString();
        var body = ConsultationTestKit.NewRequest();
        var before = await CountAsync();
        var clients = new List<HttpClient>();
        for (var i = 0; i < 10; i++)
        {
            clients.Add(await Api.ClientFor(Demo.ShiquanClinician));
        }

        var responses = await Task.WhenAll(clients.Select(c => c.SendAsync(Post(body, key))));

        var ids = new List<Guid>();
        foreach (var response in responses)
        {
            ids.Add((await response.ShouldBe<ConsultationResponse>(HttpStatusCode.Created)).Id);
        }

        ids.Distinct().ShouldHaveSingleItem();
        (await CountAsync()).ShouldBe(before + 1);
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task IdempotencyKeys_BelongToTheirUser()
    {
        using var shiquan = await Api.ClientFor(Demo.ShiquanClinician);
        using var ziyang = await Api.ClientFor(Demo.ZiyangClinician);
        var key = Guid.NewGuid().ToString();

        var mine = await (await shiquan.SendAsync(Post(ConsultationTestKit.NewRequest("cardiology", patient: "K-1"), key))).ShouldBe<ConsultationResponse>(HttpStatusCode.Created);
        var theirs = await (await ziyang.SendAsync(Post(ConsultationTestKit.NewRequest("neurology", patient: "K-1"), key))).ShouldBe<ConsultationResponse>(HttpStatusCode.Created);

        theirs.Id.ShouldNotBe(mine.Id);
    }

    [Fact]
    public async Task AMalformedIdempotencyKey_Returns400_ForTheHeader()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);

        var problem = await (await clinician.SendAsync(Post(ConsultationTestKit.NewRequest(), new string('k', 129))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["Idempotency-Key"]);
    }

    [Fact]
    public async Task IdempotencyKeys_OlderThanADay_ArePruned_YoungerOnesKept()
    {
        var me = await Api.Db(db => db.Staff.Where(s => s.Email == Demo.ShiquanClinician).Select(s => s.Id).SingleAsync());
        var now = DateTimeOffset.UtcNow;
        var old = IdempotencyRecord.Create(me, "old-" + Guid.NewGuid(), "POST /api/consultations", "f", Guid.CreateVersion7(), 201, now.AddHours(-25));
        var young = IdempotencyRecord.Create(me, "young-" + Guid.NewGuid(), "POST /api/consultations", "f", Guid.CreateVersion7(), 201, now.AddHours(-23));
        await Api.Db(db =>
        {
            db.IdempotencyRecords.AddRange(old, young);
            return db.SaveChangesAsync();
        });

        await using (var scope = Api.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PruneIdempotencyKeys())).Value.ShouldBeGreaterThanOrEqualTo(1);
        }

        (await Api.Db(db => db.IdempotencyRecords.AnyAsync(r => r.Key == old.Key))).ShouldBeFalse();
        (await Api.Db(db => db.IdempotencyRecords.AnyAsync(r => r.Key == young.Key))).ShouldBeTrue();
    }
}
