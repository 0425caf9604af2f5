using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Rotations;

/// <summary>Bad input for a rotation is a 400 problem naming every bad field, and nothing is stored.</summary>
public sealed class RotationValidationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    private static DateOnly Today => WorkKit.Today;

    [Fact]
    public async Task EveryBadField_IsNamed_AndNothingIsStored()
    {
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var before = await Api.Db(db => db.Rotations.CountAsync());

        var problem = await (await city.PostAsJsonAsync("/api/rotations",
                new RotationRequest(Guid.Empty, null, Guid.Empty, null, Today.AddDays(10), Today.AddDays(5), "", null)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["clinicianId", "hostDepartmentId", "role", "endsOn", "objectives"], ignoreOrder: true);
        (await Api.Db(db => db.Rotations.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task APeriodThatHasEnded_OrIsLongerThanThreeYears_IsRefused()
    {
        var clinician = await Api.NewCityClinicianAsync();
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);

        var ended = await (await city.PostAsJsonAsync("/api/rotations", WorkKit.Outbound(clinician, langaoIcu, Today.AddDays(-60), Today.AddDays(-1))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        ended.Errors!["endsOn"].ShouldHaveSingleItem().ShouldContain("already ended");
        var tooLong = await (await city.PostAsJsonAsync("/api/rotations", WorkKit.Outbound(clinician, langaoIcu, Today, Today.AddYears(3).AddDays(30))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        tooLong.Errors!.Keys.ShouldBe(["endsOn"]);
        var missing = await (await city.PostAsJsonAsync("/api/rotations", WorkKit.Outbound(clinician, langaoIcu, default, default)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        missing.Errors!.Keys.ShouldBe(["startsOn", "endsOn"], ignoreOrder: true);
        missing.Errors["endsOn"].ShouldHaveSingleItem();
    }

    [Fact]
    public async Task UnknownPeopleAndDepartments_AreFieldErrors()
    {
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        var clinician = await Api.NewCityClinicianAsync();
        var ziyangNeurology = await Api.DepartmentId(Demo.Ziyang, "neurology");
        using var city = await Api.ClientFor(Demo.CityCoordinator);

        (await (await city.PostAsJsonAsync("/api/rotations", WorkKit.Outbound(Guid.CreateVersion7(), langaoIcu, Today, Today.AddDays(30))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["clinicianId"]);
        (await (await city.PostAsJsonAsync("/api/rotations", WorkKit.Outbound(clinician, Guid.CreateVersion7(), Today, Today.AddDays(30))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["hostDepartmentId"]);
        (await (await city.PostAsJsonAsync("/api/rotations", new RotationRequest(clinician, ziyangNeurology, langaoIcu, RotationRole.ResidentExpert, Today, Today.AddDays(30), "带教", null)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["homeDepartmentId"]);
    }

    [Fact]
    public async Task AMalformedIfMatch_IsAFieldError()
    {
        var clinician = await Api.NewCityClinicianAsync();
        var langaoIcu = await Api.DepartmentId(Demo.Langao, "critical-care");
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var rotation = await city.PlanAsync(WorkKit.Outbound(clinician, langaoIcu, Today, Today.AddDays(30)));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/rotations/{rotation.Id}/start");
        request.Headers.TryAddWithoutValidation("If-Match", "yesterday");

        var problem = await (await city.SendAsync(request)).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["If-Match"]);
    }
}
