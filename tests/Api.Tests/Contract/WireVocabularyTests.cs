using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Contract;

/// <summary>
/// The typed vocabulary on the wire (ADR 0040): the enums of Contracts travel as the same names API clients sent and read
/// before they were enums — checked on the raw JSON, not through the typed records — a name the vocabulary does not know
/// is a 400 on its field in words, and the OpenAPI document lists every enum's values.
/// </summary>
public sealed class WireVocabularyTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string KnownRequest = """
        {"specialty":"cardiology","urgency":"Urgent","patient":{"reference":"WIRE-0001","age":64,"sex":"Female"},"summary":"活动后胸闷一周。","question":"下一步检查？"}
        """;

    private AllianceApi Api => fixture.Api;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public async Task AKnownRequest_IsAccepted_AndTheAnswerSpellsEveryEnumAsBefore()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);

        var created = await clinician.PostAsync("/api/consultations", Json(KnownRequest));

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var raw = await created.Content.ReadAsStringAsync();
        raw.ShouldContain("\"urgency\":\"Urgent\"");
        raw.ShouldContain("\"status\":\"Requested\"");
        raw.ShouldContain("\"sex\":\"Female\"");
        raw.ShouldContain("\"allowedActions\":[\"cancel\"]");
        raw.ShouldContain("\"action\":\"request\",\"from\":null,\"to\":\"Requested\"");
        using var mine = JsonDocument.Parse(raw);
        var id = mine.RootElement.GetProperty("id").GetGuid();

        using var theirs = JsonDocument.Parse(await specialist.GetStringAsync($"/api/consultations/{id}"));
        Strings(theirs.RootElement.GetProperty("allowedActions")).ShouldBe(["claim", "reject"], ignoreOrder: true);
        using var queue = JsonDocument.Parse(await specialist.GetStringAsync("/api/consultations/queue"));
        queue.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id)
            .GetProperty("urgency").GetString().ShouldBe("Urgent");
        using var me = JsonDocument.Parse(await specialist.GetStringAsync("/api/me"));
        me.RootElement.GetProperty("role").GetString().ShouldBe("Specialist");
    }

    [Theory]
    [InlineData("\"Critical\"")]
    [InlineData("2")]
    public async Task AnUrgencyTheVocabularyDoesNotKnow_IsA400_OnItsField_InWords_AndNothingIsCreated(string urgency)
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        var before = await Api.Db(db => db.Consultations.CountAsync());

        var problem = await (await clinician.PostAsync("/api/consultations", Json(KnownRequest.Replace("\"Urgent\"", urgency, StringComparison.Ordinal))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["urgency"]);
        problem.Errors["urgency"].ShouldHaveSingleItem().ShouldBe("Must be one of: Routine, Urgent, Emergency.");
        (await Api.Db(db => db.Consultations.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task AnUnknownNameDeepInTheBody_NamesItsPath_AndTheNamesThatWouldDo()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);

        var problem = await (await clinician.PostAsync("/api/consultations", Json(KnownRequest.Replace("\"Female\"", "\"F\"", StringComparison.Ordinal))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!["patient.sex"].ShouldHaveSingleItem().ShouldBe("Must be one of: Female, Male, Unknown.");
    }

    [Fact]
    public async Task AMissingEnum_IsA400_ThatSaysWhichNamesAreExpected()
    {
        using var admin = await Api.ClientFor(Demo.Admin);

        var problem = await (await admin.PostAsync("/api/hospitals", Json("""{"name":"测试医院","nameEn":"Test","kind":"General","region":"安康"}""")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["tier"]);
        problem.Errors["tier"].ShouldHaveSingleItem().ShouldBe("Tier must be one of: CityCenter, County, Township, Village.");
    }

    [Fact]
    public async Task OpenApi_ShowsTheEnums_AndTheirValues()
    {
        using var anonymous = Api.Anonymous();
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));

        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        List<string> Values(string schema) => Strings(schemas.GetProperty(schema).GetProperty("enum"));
        Values("ConsultationStatus").ShouldBe(["Requested", "Claimed", "InfoRequested", "Scheduled", "InProgress", "Completed", "Closed", "Rejected", "Cancelled"]);
        Values("ConsultationAction").ShouldContain("request-info");
        Values("ConsultationAction").ShouldContain("close-out");
        Values("RotationStatus").ShouldBe(["Planned", "Active", "Completed", "Cancelled"]);
        Values("RotationAction").ShouldBe(["start", "complete", "cancel", "reschedule", "edit"]);
        Values("TechnologyGapAction").ShouldBe(["plan", "first-case", "establish", "abandon", "edit"]);
        Values("SupportRequestAction").ShouldBe(["withdraw", "plan-rotation", "edit"]);
        Values("StaffRole").ShouldBe(["Administrator", "Coordinator", "Specialist", "Clinician"]);
        Values("HospitalTier").ShouldBe(["CityCenter", "County", "Township", "Village"]);
        Values("WeekDay").ShouldContain("Monday");
    }
}
