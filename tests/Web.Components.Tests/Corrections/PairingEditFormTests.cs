using System.Text.Json;
using Bunit;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Web.Components.Corrections;
using SpecialtyAlliance.Web.Components.Tests.Kit;
using static SpecialtyAlliance.Web.Components.Tests.Kit.AllianceWorkData;

namespace SpecialtyAlliance.Web.Components.Tests.Corrections;

/// <summary>The pairing's edit form: it sends what was chosen with the version it opened (If-Match), and explains refusals.</summary>
public sealed class PairingEditFormTests : WebTestContext
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly PairingResponse Pairing = new(
        Guid.Parse("0199aaaa-0000-7000-8000-0000000000f2"), CityCardiology, "心血管内科", CityHospitalId, null, LangaoHospitalId, "岚皋县人民医院", null,
        ["cardiology"], new DateOnly(2026, 1, 15), "心血管带教", PairingStatus.Active, DateTimeOffset.UtcNow, 41);

    private static string Path => $"/api/pairings/{Pairing.Id}";

    public PairingEditFormTests() => Api.GivenTheAlliance();

    [Fact]
    public void Saving_SendsTheChosenTerms_WithTheVersionItOpened_AsIfMatch()
    {
        var saved = Pairing with { Specialties = ["cardiology", "critical-care"], Goals = "心血管与重症带教", Version = 42 };
        Api.On(HttpMethod.Put, Path, System.Net.HttpStatusCode.OK, saved);
        PairingResponse? reported = null;
        var form = Render<PairingEditForm>(p => p.Add(f => f.Pairing, Pairing).Add(f => f.OnSaved, (PairingResponse r) => reported = r));

        form.WaitForElement("input[data-testid=edit-specialty-critical-care], [data-testid=edit-specialty-critical-care] input").Change(true);
        form.Find("[data-testid=edit-goals]").Change("心血管与重症带教");
        form.Find("form").Submit();

        form.WaitForAssertion(() => reported!.Version.ShouldBe(42u));
        var put = Api.Sent(HttpMethod.Put, Path).Single();
        put.IfMatch.ShouldBe("\"41\"");
        var body = JsonSerializer.Deserialize<UpdatePairingRequest>(put.Body!, Json)!;
        body.Specialties.ShouldBe(["cardiology", "critical-care"]);
        body.Goals.ShouldBe("心血管与重症带教");
        body.AgreementDate.ShouldBe(new DateOnly(2026, 1, 15));
    }

    [Fact]
    public void AFieldError_IsShownBesideItsField()
    {
        Api.Problem(HttpMethod.Put, Path, 400, "validation", null, new() { ["goals"] = ["The length of 'Goals' must be 2000 characters or fewer. You entered 2001 characters."] });
        var form = Render<PairingEditForm>(p => p.Add(f => f.Pairing, Pairing));

        form.WaitForElement("form").Submit();

        form.WaitForAssertion(() => form.Find("[data-testid=field-goals]").TextContent.ShouldContain("2000"));
        form.Find("[data-testid=field-agreementDate]").TextContent.ShouldNotContain("2000");
    }

    [Fact]
    public void ChangedMeanwhile_OffersAReload_ThatRefillsTheForm_AndTheNextSaveNamesTheNewVersion()
    {
        Api.Problem(HttpMethod.Put, Path, 409, "concurrency");
        Api.Get(Path, Pairing with { Goals = "别人改过的目标", Version = 50 });
        var form = Render<PairingEditForm>(p => p.Add(f => f.Pairing, Pairing));

        form.WaitForElement("form").Submit();
        form.WaitForAssertion(() => form.Find("[data-testid=problem]").GetAttribute("data-code").ShouldBe("concurrency"));
        form.Find("[data-testid=problem-text]").TextContent.ShouldContain("有人修改了这条记录");

        form.Find("[data-testid=problem-reload]").Click();
        form.WaitForAssertion(() => form.Find("[data-testid=edit-goals]").GetAttribute("value").ShouldBe("别人改过的目标"));
        form.FindAll("[data-testid=problem]").ShouldBeEmpty();

        form.Find("form").Submit();
        form.WaitForAssertion(() => Api.Sent(HttpMethod.Put, Path).Last().IfMatch.ShouldBe("\"50\""));
    }

    [Fact]
    public void AnEndedPairing_IsExplainedInWords()
    {
        Api.Problem(HttpMethod.Put, Path, 409, "pairing_ended", "An ended pairing is history: it cannot be edited.");
        var form = Render<PairingEditForm>(p => p.Add(f => f.Pairing, Pairing));

        form.WaitForElement("form").Submit();

        form.WaitForAssertion(() => form.Find("[data-testid=problem-text]").TextContent.ShouldContain("已结束的结对不能再修改"));
    }
}
