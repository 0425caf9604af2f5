using System.Net;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reports;

/// <summary>Administrators see any hospital's measures; a coordinator only their own; nobody else any.</summary>
public sealed class ReportAccessTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    public static TheoryData<string> Routes => new() { "/api/reports/kpis", "/api/reports/kpis.csv", "/api/reports/technology-gaps", "/api/reports/technology-gaps.csv" };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task ACoordinator_SeesTheirOwnHospital_AndAnotherHospitalIsNotFound(string route)
    {
        var langao = await Api.HospitalId(Demo.Langao);
        var ziyang = await Api.HospitalId(Demo.Ziyang);
        using var coordinator = await Api.ClientFor(Demo.LangaoCoordinator);

        await (await coordinator.GetAsync(route)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await coordinator.GetAsync($"{route}?hospitalId={langao}")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await coordinator.GetAsync($"{route}?hospitalId={ziyang}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task SpecialistsAndClinicians_AreForbidden(string route)
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        using var clinician = await Api.ClientFor(Demo.ZiyangClinician);

        await (await specialist.GetAsync(route)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await clinician.GetAsync(route)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task ACoordinatorsReport_IsTheirHospitalsByDefault_AndAnAdministratorsIsTheAlliances()
    {
        var langao = await Api.HospitalId(Demo.Langao);
        using var coordinator = await Api.ClientFor(Demo.LangaoCoordinator);
        using var admin = await Api.ClientFor(Demo.Admin);

        var own = await (await coordinator.GetAsync("/api/reports/kpis")).ShouldBe<KpiReport>(HttpStatusCode.OK);
        var all = await (await admin.GetAsync("/api/reports/kpis")).ShouldBe<KpiReport>(HttpStatusCode.OK);
        var gaps = await (await coordinator.GetAsync("/api/reports/technology-gaps")).ShouldBe<TechnologyGapReport>(HttpStatusCode.OK);

        own.HospitalId.ShouldBe(langao);
        own.HospitalName.ShouldBe(Demo.Langao);
        own.Period.ShouldBe(new ReportPeriod(new DateOnly(WorkKit.Today.Year, 1, 1), WorkKit.Today));
        all.HospitalId.ShouldBeNull();
        gaps.Rows.ShouldAllBe(r => r.Key == langao.ToString());
        await (await admin.GetAsync($"/api/reports/kpis?hospitalId={Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task BadParameters_AreFieldErrors()
    {
        using var admin = await Api.ClientFor(Demo.Admin);

        (await (await admin.GetAsync("/api/reports/technology-gaps?groupBy=month")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation"))
            .Errors!.Keys.ShouldBe(["groupBy"]);
        (await (await admin.GetAsync("/api/reports/kpis?from=2026-03-01&to=2026-02-01")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation"))
            .Errors!.Keys.ShouldBe(["to"]);
        (await (await admin.GetAsync("/api/reports/kpis.csv?from=2000-01-01&to=2026-01-01")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation"))
            .Errors!.Keys.ShouldBe(["to"]);
    }
}
