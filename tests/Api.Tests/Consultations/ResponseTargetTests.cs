using Microsoft.Extensions.Options;
using SpecialtyAlliance.Testing;
using SpecialtyAlliance.Contracts.Consultations;

namespace SpecialtyAlliance.Api.Tests.Consultations;

/// <summary>A host whose routine requests must be claimed within six hours.</summary>
public sealed class HourlyRoutineApiFixture(PostgresFixture postgres) : ApiFixture(postgres)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Alliance:Consultations:RoutineResponseTarget"] = "06:00:00",
    };
}

/// <summary>Response targets come from configuration (section Alliance:Consultations), checked when the host starts.</summary>
public sealed class ResponseTargetTests(HourlyRoutineApiFixture fixture) : IClassFixture<HourlyRoutineApiFixture>
{
    private const string UnreachableDatabase = "Host=127.0.0.1;Port=1;Database=nowhere;Username=nobody;Password=none;Timeout=2";

    [Fact]
    public async Task AConfiguredResponseTarget_SetsWhenARequestIsDue()
    {
        using var clinician = await fixture.Api.ClientFor(Demo.ShiquanClinician);

        var routine = await clinician.RequestAsync(ConsultationTestKit.NewRequest("cardiology", Urgency.Routine));
        var emergency = await clinician.RequestAsync(ConsultationTestKit.NewRequest("cardiology", Urgency.Emergency));

        routine.ResponseDueAt.ShouldBe(routine.RequestedAt.AddHours(6));
        emergency.ResponseDueAt.ShouldBe(emergency.RequestedAt.AddMinutes(30), "the emergency default stands");
    }

    [Fact]
    public async Task TheResponseTargets_AreReadable_AsConfigured_MostUrgentFirst()
    {
        using var clinician = await fixture.Api.ClientFor(Demo.ShiquanClinician);

        var targets = await (await clinician.GetAsync("/api/consultations/response-targets"))
            .ShouldBe<List<Contracts.Consultations.ResponseTargetResponse>>(System.Net.HttpStatusCode.OK);

        targets.ShouldBe([new(Urgency.Emergency, 30), new(Urgency.Urgent, 240), new(Urgency.Routine, 360)]);
        using var anonymous = fixture.Api.Anonymous();
        (await anonymous.GetAsync("/api/consultations/response-targets")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("Alliance:Consultations:EmergencyResponseTarget", "00:00:10", "EmergencyResponseTarget must be between 1 minute and 7 days")]
    [InlineData("Alliance:Consultations:UrgentResponseTarget", "00:10:00", "response targets must not grow with urgency")]
    public void AnInvalidResponseTarget_StopsTheHostAtStart_WithAClearMessage(string key, string value, string message)
    {
        using var api = new AllianceApi(UnreachableDatabase, new Dictionary<string, string?> { [key] = value });

        var error = Should.Throw<OptionsValidationException>(() => api.StartServer());

        error.Message.ShouldContain(message);
    }
}
