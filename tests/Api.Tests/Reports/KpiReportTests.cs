using System.Net;
using System.Net.Http.Json;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reports;

/// <summary>Each figure of the KPI report against a small data set computed by hand (see <see cref="KpiDataSet"/>).</summary>
public sealed class KpiReportTests(KpiFixture fixture) : IClassFixture<KpiFixture>
{
    private AllianceApi Api => fixture.Api;

    private KpiDataSet Data => fixture.Data;

    private async Task<KpiReport> ReportAsync(string email = Demo.Admin)
    {
        using var client = await Api.ClientFor(email);
        return await (await client.GetAsync($"/api/reports/kpis?from={KpiDataSet.From:yyyy-MM-dd}&to={KpiDataSet.To:yyyy-MM-dd}&hospitalId={Data.County.HospitalId}"))
            .ShouldBe<KpiReport>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Rotations_CountTheDaysInsideThePeriod_InMonthsOf30Point4375Days()
    {
        var report = await ReportAsync();

        report.Period.ShouldBe(new ReportPeriod(KpiDataSet.From, KpiDataSet.To));
        report.HospitalName.ShouldBe("报表测试县医院");
        var r = report.Rotations;
        r.Rotations.ShouldBe(3);
        r.ClinicianDays.ShouldBe(51);
        r.ClinicianMonths.ShouldBe(1.68m);
        r.ByRole.Select(x => (x.Role, x.Rotations, x.ClinicianDays, x.ClinicianMonths)).ShouldBe(
        [
            ("InboundAdvancedStudy", 1, 9, 0.30m),
            ("NursingMentor", 1, 14, 0.46m),
            ("ResidentExpert", 1, 28, 0.92m),
        ]);
        r.ByRole.Single(x => x.Role == "NursingMentor").RoleNameZh.ShouldBe("护理帮扶");
        r.ByHostHospital.Select(x => (x.HospitalName, x.Rotations, x.ClinicianDays, x.ClinicianMonths)).ShouldBe(
        [
            ("报表测试县医院", 2, 42, 1.38m),
            (Demo.City, 1, 9, 0.30m),
        ]);
    }

    [Fact]
    public async Task Activities_CountThoseHeldInThePeriodThatTheHospitalTookPartIn()
    {
        var a = (await ReportAsync()).Activities;

        a.Activities.ShouldBe(3);
        a.Participants.ShouldBe(23);
        a.PeopleReached.ShouldBe(312);
        a.ByKind.Select(x => (x.Kind, x.KindNameZh, x.Activities, x.Participants, x.PeopleReached)).ShouldBe(
        [
            ("FreeClinic", "义诊", 2, 15, 300),
            ("TeachingRounds", "教学查房", 1, 8, 12),
        ]);
    }

    [Fact]
    public async Task Gaps_CountThoseFilledInThePeriod_AndStillFilled()
    {
        var g = (await ReportAsync()).Gaps;

        g.Filled.ShouldBe(2);
        g.ByHospital.ShouldHaveSingleItem().ShouldBe(new GapHospitalKpi(Data.County.HospitalId, "报表测试县医院", 2));
        g.ByScope.Select(x => (x.Scope, x.ScopeNameZh, x.Filled)).ShouldBe([("County", "填补县域空白", 1), ("Hospital", "填补本院空白", 1)]);
    }

    [Fact]
    public async Task TheCountysCoordinator_GetsTheSameFigures_ForTheirOwnHospital()
    {
        var asAdmin = await ReportAsync();
        using var coordinator = await Api.ClientFor(Data.CoordinatorEmail);

        var own = await (await coordinator.GetAsync($"/api/reports/kpis?from={KpiDataSet.From:yyyy-MM-dd}&to={KpiDataSet.To:yyyy-MM-dd}"))
            .ShouldBe<KpiReport>(HttpStatusCode.OK);

        own.HospitalId.ShouldBe(Data.County.HospitalId);
        own.Rotations.ShouldBeEquivalentTo(asAdmin.Rotations);
        own.Activities.ShouldBeEquivalentTo(asAdmin.Activities);
        own.Gaps.ShouldBeEquivalentTo(asAdmin.Gaps);
    }

    [Fact]
    public async Task APeriodWithNothingInIt_IsAllZeros()
    {
        using var admin = await Api.ClientFor(Demo.Admin);

        var empty = await (await admin.GetAsync($"/api/reports/kpis?from=2001-01-01&to=2001-12-31&hospitalId={Data.County.HospitalId}"))
            .ShouldBe<KpiReport>(HttpStatusCode.OK);

        empty.Rotations.ShouldBe(new RotationKpis(0, 0, 0m, [], []), new RotationKpisComparer());
        empty.Activities.Activities.ShouldBe(0);
        empty.Activities.ByKind.ShouldBeEmpty();
        empty.Gaps.Filled.ShouldBe(0);
        empty.Gaps.ByHospital.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheWholeAlliance_IncludesTheDemoAndTheTestCounty()
    {
        using var admin = await Api.ClientFor(Demo.Admin);

        var all = await (await admin.GetAsync($"/api/reports/kpis?from={KpiDataSet.From:yyyy-MM-dd}&to={KpiDataSet.To:yyyy-MM-dd}"))
            .ShouldBe<KpiReport>(HttpStatusCode.OK);

        all.HospitalId.ShouldBeNull();
        all.Rotations.ClinicianDays.ShouldBeGreaterThan(51);
        all.Rotations.ByHostHospital.ShouldContain(h => h.HospitalName == Demo.Langao);
        all.Rotations.ByHostHospital.Single(h => h.HospitalName == "报表测试县医院").ClinicianDays.ShouldBe(42);
        all.Rotations.ByRole.Sum(x => x.ClinicianDays).ShouldBe(all.Rotations.ClinicianDays);
        all.Rotations.ByHostHospital.Sum(x => x.ClinicianDays).ShouldBe(all.Rotations.ClinicianDays);
        all.Activities.ByKind.Sum(x => x.PeopleReached).ShouldBe(all.Activities.PeopleReached);
        all.Gaps.ByScope.Sum(x => x.Filled).ShouldBe(all.Gaps.Filled);
    }

    private sealed class RotationKpisComparer : IEqualityComparer<RotationKpis>
    {
        public bool Equals(RotationKpis? x, RotationKpis? y) =>
            x is not null && y is not null && x.Rotations == y.Rotations && x.ClinicianDays == y.ClinicianDays
            && x.ClinicianMonths == y.ClinicianMonths && x.ByRole.Count == y.ByRole.Count && x.ByHostHospital.Count == y.ByHostHospital.Count;

        public int GetHashCode(RotationKpis obj) => obj.ClinicianDays;
    }
}
