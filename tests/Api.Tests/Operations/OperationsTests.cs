using System.Net;
using System.Text.Json;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Operations;

public sealed class OperationsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    [Fact]
    public async Task Health_LiveAndReady_AnswerWithoutSignIn()
    {
        using var anonymous = Api.Anonymous();

        (await anonymous.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await anonymous.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task OpenApi_DocumentsTheResources()
    {
        using var anonymous = Api.Anonymous();
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/auth/login");
        paths.ShouldContain("/api/hospitals/{id}");
        paths.ShouldContain("/api/pairings/{id}/activate");
        paths.ShouldContain("/api/party-branches");
    }

    [Fact]
    public async Task ApiReference_IsServed()
    {
        using var anonymous = Api.Anonymous();
        var page = await anonymous.GetAsync("/api/reference/");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("SpecialtyAlliance API");
    }

    [Fact]
    public async Task UnknownApiRoute_IsNotAnsweredWithTheWebClient()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        await (await admin.GetAsync("/api/does-not-exist")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");

        using var anonymous = Api.Anonymous();
        foreach (var clientPath in new[] { "/", "/hospitals", "/consultations/123" })
        {
            var page = await anonymous.GetAsync(clientPath);
            page.StatusCode.ShouldBe(HttpStatusCode.OK, clientPath);
            (await page.Content.ReadAsStringAsync()).ShouldContain("<div id=\"app\">", customMessage: clientPath);
        }

        (await anonymous.GetAsync("/_framework/missing.js")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PostWithoutItsRequiredBody_IsAProblemAboutTheBody_NotAnUnknownRoute()
    {
        using var admin = await Api.ClientFor(Demo.Admin);

        // No body at all, or an empty one: a field error on the body, not an unknown route.
        var none = await (await admin.PostAsync("/api/pairings", content: null)).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        none.Errors.ShouldNotBeNull().ShouldContainKey("body");
        using var empty = new StringContent(string.Empty, System.Text.Encoding.UTF8, "application/json");
        var emptyProblem = await (await admin.PostAsync("/api/pairings", empty)).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        emptyProblem.Errors.ShouldNotBeNull().ShouldContainKey("body");

        // A body of another type than JSON.
        using var text = new StringContent("hello", System.Text.Encoding.UTF8, "text/plain");
        await (await admin.PostAsync("/api/pairings", text)).ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, "body_required");

        // A route that exists, with a method it does not take.
        await (await admin.DeleteAsync("/api/pairings")).ShouldBeProblem(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }
}
