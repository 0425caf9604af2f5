using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Operations;

/// <summary>What people see when things go wrong outside their control.</summary>
public sealed class FailureTests
{
    /// <summary>A database nobody listens on: port 1 on loopback refuses every connection.</summary>
    private const string UnreachableDatabase = "Host=127.0.0.1;Port=1;Database=nowhere;Username=nobody;Password=none;Timeout=2";

    [Fact]
    public async Task DatabaseOutage_Returns503Problem_WithRetryAfter_WithoutInternals_AndReadinessFails()
    {
        await using var api = new AllianceApi(UnreachableDatabase);
        using var client = api.Anonymous();

        var response = await client.PostAsJsonAsync("/api/auth/login", new LoginRequest("admin@ankang.demo", "Demo#2026"));

        var problem = await response.ShouldBeProblem(HttpStatusCode.ServiceUnavailable, "database_unavailable");
        response.Headers.RetryAfter?.Delta.ShouldBe(TimeSpan.FromSeconds(5), "the client is told when to try again");
        var body = problem.Detail ?? string.Empty;
        body.ShouldNotContain("Npgsql");
        body.ShouldNotContain("Exception");
        body.ShouldNotContain("127.0.0.1");
        problem.TraceId.ShouldNotBeNullOrWhiteSpace("the trace id lets support find the logged error");

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public void InvalidConfiguration_StopsTheHostAtStart_WithAClearMessage()
    {
        using var api = new AllianceApi(UnreachableDatabase, new Dictionary<string, string?> { ["Alliance:TokenLifetime"] = "00:00:01" });

        var error = Should.Throw<OptionsValidationException>(() => api.StartServer());

        error.Message.ShouldContain("Alliance:TokenLifetime must be between 5 minutes and 7 days");
    }
}
