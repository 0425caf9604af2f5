using System.Net;
using System.Text;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Consultations;

/// <summary>Every move that carries data: a required body, and a 400 with an error for each bad field — with nothing changed.</summary>
public sealed class ConsultationValidationTests(ApiFixture fixture) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private AllianceApi Api => fixture.Api;

    public async ValueTask InitializeAsync() => await Api.OpenCalendarAsync(Demo.CardiologySpecialist);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public static TheoryData<string, string, string, string, string[]> BadBodies => new()
    {
        { "Claimed", "request-info", Demo.CardiologySpecialist, """{"question":""}""", ["question"] },
        { "Claimed", "request-info", Demo.CardiologySpecialist, """{"question":null}""", ["question"] },
        { "InfoRequested", "provide-info", Demo.ShiquanClinician, """{"answer":"   "}""", ["answer"] },
        { "InProgress", "complete", Demo.CardiologySpecialist, """{"opinion":"","recommendation":"ManageLocally","followUpDays":5}""", ["opinion", "followUpDays"] },
        { "InProgress", "complete", Demo.CardiologySpecialist, """{"opinion":"","recommendation":null}""", ["opinion", "recommendation"] },
        { "InProgress", "complete", Demo.CardiologySpecialist, """{"opinion":"意见","recommendation":"Maybe"}""", ["recommendation"] },
        { "InProgress", "complete", Demo.CardiologySpecialist, """{"opinion":"ok","recommendation":"FollowUp"}""", ["followUpDays"] },
        { "InProgress", "complete", Demo.CardiologySpecialist, """{"opinion":"ok","recommendation":"FollowUp","followUpDays":366}""", ["followUpDays"] },
        { "InProgress", "complete", Demo.CardiologySpecialist, """{"opinion":"ok","recommendation":"ManageLocally","followUpDays":7}""", ["followUpDays"] },
        { "Completed", "close-out", Demo.ShiquanClinician, """{}""", ["satisfaction", "referralAvoided"] },
        { "Completed", "close-out", Demo.ShiquanClinician, """{"satisfaction":6,"referralAvoided":true}""", ["satisfaction"] },
        { "Completed", "close-out", Demo.ShiquanClinician, """{"satisfaction":"very","referralAvoided":true}""", ["satisfaction"] },
        { "Requested", "reject", Demo.CardiologySpecialist, """{"reason":""}""", ["reason"] },
        { "Requested", "cancel", Demo.ShiquanClinician, $$"""{"reason":"{{new string('x', 1001)}}"}""", ["reason"] },
        { "Claimed", "schedule", Demo.CardiologySpecialist, """{"startsAt":"2020-01-01T08:00:00Z","endsAt":"2020-01-01T08:05:00Z"}""", ["startsAt", "endsAt"] },
        { "Scheduled", "reschedule", Demo.CardiologySpecialist, """{"startsAt":"not a time"}""", ["startsAt"] },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task AMoveWithBadFields_Returns400_WithAnErrorForEachField_AndChangesNothing(
        string status, string action, string email, string json, string[] fields)
    {
        var c = await Api.ConsultationInAsync(status);
        using var client = await Api.ClientFor(email);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var problem = await (await client.PostAsync($"/api/consultations/{c.Id}/{action}", content)).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(fields, ignoreOrder: true);
        var after = await client.GetConsultationAsync(c.Id);
        after.Status.ToString().ShouldBe(status);
        after.Version.ShouldBe(c.Version);
    }

    [Theory]
    [InlineData("Claimed", "request-info", Demo.CardiologySpecialist)]
    [InlineData("InfoRequested", "provide-info", Demo.ShiquanClinician)]
    [InlineData("Claimed", "schedule", Demo.CardiologySpecialist)]
    [InlineData("Scheduled", "reschedule", Demo.CardiologySpecialist)]
    [InlineData("InProgress", "complete", Demo.CardiologySpecialist)]
    [InlineData("Completed", "close-out", Demo.ShiquanClinician)]
    [InlineData("Requested", "reject", Demo.CardiologySpecialist)]
    [InlineData("Requested", "cancel", Demo.ShiquanClinician)]
    public async Task AMoveThatCarriesData_WithoutABody_Returns400_AndChangesNothing(string status, string action, string email)
    {
        var c = await Api.ConsultationInAsync(status);
        using var client = await Api.ClientFor(email);

        var problem = await (await client.PostAsync($"/api/consultations/{c.Id}/{action}", null)).ShouldBeProblem(HttpStatusCode.BadRequest);

        problem.Errors!.Keys.ShouldBe(["body"]);
        (await client.GetConsultationAsync(c.Id)).Status.ToString().ShouldBe(status);
    }

    [Fact]
    public async Task AMove_WithAMalformedIfMatch_Returns400_ForTheHeader()
    {
        var c = await Api.ConsultationInAsync("Requested");
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/consultations/{c.Id}/claim");
        request.Headers.TryAddWithoutValidation("If-Match", "\"yesterday\"");

        var problem = await (await specialist.SendAsync(request)).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["If-Match"]);
    }
}
