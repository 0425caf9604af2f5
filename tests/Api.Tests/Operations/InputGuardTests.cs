using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Operations;

/// <summary>
/// Input no use case should have to think about is refused by one guard for the whole API, with a field error in
/// words, before anything is written: each case here answered 500 before (a black-box probe found them).
/// </summary>
public sealed class InputGuardTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task ShouldRefuseField(HttpResponseMessage response, string field, string wording)
    {
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors.ShouldNotBeNull();
        problem.Errors.Keys.ShouldContain(field);
        problem.Errors[field].ShouldContain(
            message => message.Contains(wording, StringComparison.Ordinal), $"{field}: {string.Join(" | ", problem.Errors[field])}");
    }

    [Fact]
    public async Task ANulCharacter_InTheSignInEmail_IsAFieldError_NotA500()
    {
        using var anonymous = Api.Anonymous();

        var response = await anonymous.PostAsync("/api/auth/login", Json("""{"email":"admin@ankang.demo\u0000","password":"x"}"""));

        await ShouldRefuseField(response, "email", "NUL");
    }

    [Fact]
    public async Task ANulCharacter_InANewRecordsText_IsAFieldError_AndNothingIsCreated()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var before = await Api.Db(db => db.Hospitals.CountAsync());

        var response = await admin.PostAsync("/api/hospitals", Json(
            """{"name":"新医院\u0000","nameEn":"New","tier":"County","kind":"General","region":"安康"}"""));

        await ShouldRefuseField(response, "name", "NUL");
        (await Api.Db(db => db.Hospitals.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task ANulCharacter_InAQueryString_IsAFieldError()
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);

        var response = await specialist.GetAsync("/api/consultations?specialty=cardio%00logy");

        await ShouldRefuseField(response, "specialty", "NUL");
    }

    [Theory]
    [InlineData("/api/reports/kpis?from=0001-01-01&to=2026-12-01")]
    [InlineData("/api/reports/kpis?from=2026-01-01&to=9999-12-31")]
    [InlineData("/api/reports/kpis.csv?from=0001-01-01")]
    [InlineData("/api/reports/technology-gaps?to=9999-12-31")]
    public async Task DatesAtTheCalendarsEdges_InAReport_AreFieldErrors(string path)
    {
        using var admin = await Api.ClientFor(Demo.Admin);

        var response = await admin.GetAsync(path);

        var field = path.Contains("0001", StringComparison.Ordinal) ? "from" : "to";
        await ShouldRefuseField(response, field, "between 1900-01-01 and 2999-12-31");
    }

    [Fact]
    public async Task DatesAtTheCalendarsEdges_InAScorecardAndInBookings_AreFieldErrors()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var pairing = await Api.Db(db => db.Pairings.Select(p => p.Id).FirstAsync());
        var specialist = await Api.StaffIdAsync(Demo.CardiologySpecialist);

        await ShouldRefuseField(await admin.GetAsync($"/api/pairings/{pairing}/scorecard?from=0001-01-01"), "from", "between");
        await ShouldRefuseField(await admin.GetAsync($"/api/specialists/{specialist}/bookings?to=9999-12-31T00:00:00Z"), "to", "between");
    }

    [Fact]
    public async Task AvailabilityWithAMissingOrNullList_IsAFieldError_AndChangesNothing()
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var id = await Api.StaffIdAsync(Demo.CardiologySpecialist);
        var before = await (await specialist.GetAsync($"/api/specialists/{id}/availability")).Content.ReadAsStringAsync();

        await ShouldRefuseField(await specialist.PostAsync($"/api/specialists/{id}/availability", Json("""{"weekly":null,"blocks":[]}""")), "weekly", "list");
        await ShouldRefuseField(await specialist.PostAsync($"/api/specialists/{id}/availability", Json("""{"weekly":[]}""")), "blocks", "list");

        (await (await specialist.GetAsync($"/api/specialists/{id}/availability")).Content.ReadAsStringAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ANullBody_IsRefusedInTheProductsWords()
    {
        using var admin = await Api.ClientFor(Demo.Admin);

        var response = await admin.PostAsync("/api/hospitals", Json("null"));

        await ShouldRefuseField(response, "body", "JSON object");
    }

    [Fact]
    public async Task AQueryValueOfTheWrongType_NamesItsField()
    {
        using var admin = await Api.ClientFor(Demo.Admin);

        var response = await admin.GetAsync("/api/hospitals?page=abc");

        await ShouldRefuseField(response, "page", "not valid");
    }
}
